using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>Tells the job runner that score requests are waiting (implemented over Hangfire in Jobs/).</summary>
public interface IScoreSignal
{
    void RequestsPending();

    /// <summary>Outlier-scan requests are waiting (a submission burst).</summary>
    void ScansPending();
}

/// <summary>
/// The outbox of scoring events. Every save takes the events its entities raised (<see cref="ScoringInputsChanged"/>,
/// <see cref="OutlierScanRequested"/>) and upserts their rows in <c>score_requests</c> and <c>scan_requests</c> right after
/// the save's own statements, in the same transaction: the rows commit or roll back with the change. Once the transaction
/// commits the jobs are signalled, so a job never runs before the change is visible and a refused change asks for nothing.
/// A save outside a transaction (a query recording a reviewer's first opening of evidence) writes its rows right after its
/// own commit, then signals. A lost signal only delays the score until the minutely drain.
/// </summary>
internal sealed class ScoringOutbox(IScoreSignal signal, TimeProvider clock, ILogger<ScoringOutbox> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private Changes? _taken;
    private Changes? _signalOnCommit;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        TakeEvents(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        TakeEvents(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    // Written once the save's own rows are (the rows may point at a cycle the same save inserts).
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_taken is { } changes && eventData.Context is { } context)
        {
            _taken = null;
            await WriteAsync(context, changes, cancellationToken);
            Stored(context, changes);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_taken is { } changes && eventData.Context is { } context)
        {
            _taken = null;
            WriteAsync(context, changes, CancellationToken.None).GetAwaiter().GetResult();
            Stored(context, changes);
        }

        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _taken = null;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _taken = null;
        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_signalOnCommit is { } changes)
        {
            _signalOnCommit = null;
            Signal(changes);
        }
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _signalOnCommit = null;
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => _signalOnCommit = null;

    private void TakeEvents(DbContext? context)
    {
        if (context is not null && Take(context) is { IsEmpty: false } changes)
        {
            _taken = _taken is null ? changes : _taken.With(changes);
        }
    }

    /// <summary>Inside a transaction the jobs hear of the rows once it commits; outside one the save has committed already.</summary>
    private void Stored(DbContext context, Changes changes)
    {
        if (context.Database.CurrentTransaction is null)
        {
            Signal(changes);
        }
        else
        {
            _signalOnCommit = _signalOnCommit is null ? changes : _signalOnCommit.With(changes);
        }
    }

    /// <summary>The events of every tracked entity, taken from them so a second save does not store them again.</summary>
    private static Changes Take(DbContext context)
    {
        var units = new HashSet<(Guid, string)>();
        var scans = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries<EventSource>())
        {
            foreach (var raised in entry.Entity.TakeEvents())
            {
                switch (raised)
                {
                    case ScoringInputsChanged e:
                        units.Add((e.CycleId, e.OrgUnitCode));
                        break;
                    case OutlierScanRequested e:
                        scans.Add(e.CycleId);
                        break;
                }
            }
        }

        return new Changes([.. units], [.. scans]);
    }

    private async Task WriteAsync(DbContext context, Changes changes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var cycleId in changes.ScanCycles)
        {
            await context.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO scan_requests (cycle_id, version, requested_at) VALUES ({cycleId}, 1, {now})
                ON CONFLICT (cycle_id) DO UPDATE SET version = scan_requests.version + 1, requested_at = excluded.requested_at
                """,
                cancellationToken);
        }

        if (changes.Units.Count > 0)
        {
            await ScoreRequestRows.RequestAsync(context, changes.Units, now, cancellationToken);
        }
    }

    private void Signal(Changes changes)
    {
        try
        {
            if (changes.Units.Count > 0)
            {
                signal.RequestsPending();
            }

            if (changes.ScanCycles.Count > 0)
            {
                signal.ScansPending();
            }
        }
#pragma warning disable CA1031 // The decision is committed; a lost signal only delays the score until the minutely drain.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not signal the score job; the minutely drain will pick the request up.");
        }
    }
}

/// <summary>What the events of one save ask for: score runs per (cycle, governorate), outlier scans per cycle.</summary>
internal sealed record Changes(IReadOnlyList<(Guid CycleId, string OrgUnitCode)> Units, IReadOnlyList<Guid> ScanCycles)
{
    public bool IsEmpty => Units.Count == 0 && ScanCycles.Count == 0;

    public Changes With(Changes other) => new([.. Units.Union(other.Units)], [.. ScanCycles.Union(other.ScanCycles)]);
}

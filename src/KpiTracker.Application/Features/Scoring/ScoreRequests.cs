using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using Microsoft.EntityFrameworkCore;
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
/// <see cref="OutlierScanRequested"/>) and upserts their rows in <c>score_requests</c> and <c>scan_requests</c> in the same
/// transaction: the rows commit or roll back with the change. Once the transaction commits the jobs are signalled, so a job
/// never runs before the change is visible and a refused change asks for nothing. A save outside a transaction (a query
/// recording a reviewer's first opening of evidence) writes its rows right after its own commit, then signals.
/// A lost signal only delays the score until the minutely drain.
/// </summary>
internal sealed class ScoringOutbox(IScoreSignal signal, TimeProvider clock, ILogger<ScoringOutbox> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private Changes? _afterSave;
    private Changes? _signalOnCommit;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Take(context) is { IsEmpty: false } changes)
        {
            if (context.Database.CurrentTransaction is null)
            {
                _afterSave = _afterSave is null ? changes : _afterSave.With(changes);
            }
            else
            {
                await WriteAsync(context, changes, cancellationToken);
                _signalOnCommit = _signalOnCommit is null ? changes : _signalOnCommit.With(changes);
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_afterSave is { } changes && eventData.Context is { } context)
        {
            _afterSave = null;
            await WriteAsync(context, changes, cancellationToken);
            Signal(changes);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Take(context) is { IsEmpty: false } changes)
        {
            if (context.Database.CurrentTransaction is null)
            {
                _afterSave = _afterSave is null ? changes : _afterSave.With(changes);
            }
            else
            {
                WriteAsync(context, changes, CancellationToken.None).GetAwaiter().GetResult();
                _signalOnCommit = _signalOnCommit is null ? changes : _signalOnCommit.With(changes);
            }
        }

        return base.SavingChanges(eventData, result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_afterSave is { } changes && eventData.Context is { } context)
        {
            _afterSave = null;
            WriteAsync(context, changes, CancellationToken.None).GetAwaiter().GetResult();
            Signal(changes);
        }

        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _afterSave = null;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _afterSave = null;
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

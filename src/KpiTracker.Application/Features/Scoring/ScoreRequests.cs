using KpiTracker.Domain.Collection;
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
/// Sees every decision that changes a governorate's score inputs (a submission changing state: accept, verify, return, N/A
/// granted, reopen, close; a target override set; an outlier flag raised or resolved; a
/// reviewer's first opening of a value's evidence) and upserts a <c>score_requests</c> row for its (cycle, governorate).
/// Inside an explicit transaction the row is written in it and the job is signalled after the commit, so the job never
/// runs before the decision is visible; without one, the row is written right after SaveChanges committed. The feature
/// handlers need not know about scoring. A submission (state becoming <c>submitted</c>) also upserts a <c>scan_requests</c>
/// row for its cycle, so a burst of submissions leads to one outlier scan.
/// </summary>
internal sealed class ScoreRequestInterceptor(IScoreSignal signal, TimeProvider clock, ILogger<ScoreRequestInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private Changes? _afterSave;
    private Changes? _signalOnCommit;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Changed(context) is { IsEmpty: false } changes)
        {
            if (context.Database.CurrentTransaction is null)
            {
                _afterSave = changes;
            }
            else
            {
                await UpsertAsync(context, changes, cancellationToken);
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
            await UpsertAsync(context, changes, cancellationToken);
            Signal(changes);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Changed(context) is { IsEmpty: false } changes)
        {
            if (context.Database.CurrentTransaction is null)
            {
                _afterSave = changes;
            }
            else
            {
                UpsertAsync(context, changes, CancellationToken.None).GetAwaiter().GetResult();
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
            UpsertAsync(context, changes, CancellationToken.None).GetAwaiter().GetResult();
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
        if (_signalOnCommit is { } changes)
        {
            _signalOnCommit = null;
            Signal(changes);
        }

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

    private static Changes Changed(DbContext? context)
    {
        if (context is null)
        {
            return new Changes([], []);
        }

        var units = new HashSet<(Guid, string)>();
        var scans = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Submission s when entry.State == EntityState.Modified && entry.Property(nameof(Submission.State)) is { IsModified: true } p && !Equals(p.OriginalValue, p.CurrentValue):
                    units.Add((s.CycleId, s.OrgUnitCode));
                    if (s.State == SubmissionState.Submitted)
                    {
                        scans.Add(s.CycleId);
                    }

                    break;
                case CycleTargetOverride o when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    units.Add((o.CycleId, o.OrgUnitCode));
                    break;
                // A flag raised, confirmed or returned changes the data-quality counts the run is computed from.
                case SubmissionFlag f when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    units.Add((f.CycleId, f.OrgUnitCode));
                    break;
                // So does a reviewer's first opening of a value's evidence (the evidence component of the DQI).
                case Revision { Submission: { } s } when entry.State == EntityState.Modified && entry.Property(nameof(Revision.EvidenceOpenedAt)).IsModified:
                    units.Add((s.CycleId, s.OrgUnitCode));
                    break;
            }
        }

        return new Changes([.. units], [.. scans]);
    }

    private async Task UpsertAsync(DbContext context, Changes changes, CancellationToken cancellationToken)
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

/// <summary>What one save asks for: score runs per (cycle, governorate), outlier scans per cycle.</summary>
internal sealed record Changes(IReadOnlyList<(Guid CycleId, string OrgUnitCode)> Units, IReadOnlyList<Guid> ScanCycles)
{
    public bool IsEmpty => Units.Count == 0 && ScanCycles.Count == 0;

    public Changes With(Changes other) => new([.. Units.Union(other.Units)], [.. ScanCycles.Union(other.ScanCycles)]);
}

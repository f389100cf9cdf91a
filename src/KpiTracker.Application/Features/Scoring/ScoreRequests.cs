using KpiTracker.Domain.Collection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>Tells the job runner that score requests are waiting (implemented over Hangfire in Jobs/).</summary>
public interface IScoreSignal
{
    void RequestsPending();
}

/// <summary>
/// Sees every decision that changes a governorate's score inputs (a submission changing state: accept, verify, return, N/A
/// granted, reopen, close; a target override set) and upserts a <c>score_requests</c> row for its (cycle, governorate).
/// Inside an explicit transaction the row is written in it and the job is signalled after the commit, so the job never
/// runs before the decision is visible; without one, the row is written right after SaveChanges committed. The feature
/// handlers need not know about scoring.
/// </summary>
internal sealed class ScoreRequestInterceptor(IScoreSignal signal, TimeProvider clock, ILogger<ScoreRequestInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private List<(Guid CycleId, string OrgUnitCode)>? _afterSave;
    private bool _signalOnCommit;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Changed(context) is { Count: > 0 } units)
        {
            if (context.Database.CurrentTransaction is null)
            {
                _afterSave = units;
            }
            else
            {
                await UpsertAsync(context, units, cancellationToken);
                _signalOnCommit = true;
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_afterSave is { } units && eventData.Context is { } context)
        {
            _afterSave = null;
            await UpsertAsync(context, units, cancellationToken);
            Signal();
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Changed(context) is { Count: > 0 } units)
        {
            if (context.Database.CurrentTransaction is null)
            {
                _afterSave = units;
            }
            else
            {
                UpsertAsync(context, units, CancellationToken.None).GetAwaiter().GetResult();
                _signalOnCommit = true;
            }
        }

        return base.SavingChanges(eventData, result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_afterSave is { } units && eventData.Context is { } context)
        {
            _afterSave = null;
            UpsertAsync(context, units, CancellationToken.None).GetAwaiter().GetResult();
            Signal();
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
        if (_signalOnCommit)
        {
            _signalOnCommit = false;
            Signal();
        }

        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_signalOnCommit)
        {
            _signalOnCommit = false;
            Signal();
        }
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _signalOnCommit = false;
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => _signalOnCommit = false;

    private static List<(Guid, string)> Changed(DbContext? context)
    {
        if (context is null)
        {
            return [];
        }

        var units = new HashSet<(Guid, string)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Submission s when entry.State == EntityState.Modified && entry.Property(nameof(Submission.State)) is { IsModified: true } p && !Equals(p.OriginalValue, p.CurrentValue):
                    units.Add((s.CycleId, s.OrgUnitCode));
                    break;
                case CycleTargetOverride o when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    units.Add((o.CycleId, o.OrgUnitCode));
                    break;
            }
        }

        return [.. units];
    }

    private async Task UpsertAsync(DbContext context, List<(Guid CycleId, string OrgUnitCode)> units, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var (cycleId, orgUnitCode) in units)
        {
            await context.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO score_requests (cycle_id, org_unit_code, version, requested_at) VALUES ({cycleId}, {orgUnitCode}, 1, {now})
                ON CONFLICT (cycle_id, org_unit_code) DO UPDATE SET version = score_requests.version + 1, requested_at = excluded.requested_at
                """,
                cancellationToken);
        }
    }

    private void Signal()
    {
        try
        {
            signal.RequestsPending();
        }
#pragma warning disable CA1031 // The decision is committed; a lost signal only delays the score until the minutely drain.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not signal the score job; the minutely drain will pick the request up.");
        }
    }
}

using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Scoring;

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
    private ScoringChanges? _taken;
    private ScoringChanges? _signalOnCommit;

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
            await changes.WriteAsync(context, clock.GetUtcNow(), cancellationToken);
            Stored(context, changes);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_taken is { } changes && eventData.Context is { } context)
        {
            _taken = null;
            changes.WriteAsync(context, clock.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
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
        if (context is not null && ScoringChanges.Take(context) is { IsEmpty: false } changes)
        {
            _taken = _taken is null ? changes : _taken.With(changes);
        }
    }

    /// <summary>Inside a transaction the jobs hear of the rows once it commits; outside one the save has committed already.</summary>
    private void Stored(DbContext context, ScoringChanges changes)
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

    private void Signal(ScoringChanges changes)
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

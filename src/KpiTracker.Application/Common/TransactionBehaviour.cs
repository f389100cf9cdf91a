namespace KpiTracker.Application.Common;

/// <summary>
/// The one transaction path. Every command runs inside EF's execution strategy and one transaction: after its handler the
/// staged changes are saved and committed. A failed <see cref="Result{T}"/> rolls everything back, so nothing of a refused
/// change is written, and leaves the change tracker empty, so nothing of it reaches a later save in the scope (the
/// refusal's audit record, written after this). A transient failure runs the whole command again from an empty change
/// tracker. Work outside the database that follows the outcome is queued on <see cref="CommitHooks"/>. A command sent while
/// a transaction is open joins it. Queries run without one, and so do commands marked
/// <see cref="IOwnUnitsOfWork"/>.
/// </summary>
internal sealed class TransactionBehaviour<TMessage, TResponse>(AppDbContext db, CommitHooks hooks) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || message is IOwnUnitsOfWork || db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var response = await next(message, cancellationToken);
                if (response is IOutcome { Failure: not null })
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    hooks.RolledBack();
                    return response;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                hooks.Committed();
                return response;
            }
            catch
            {
                db.ChangeTracker.Clear();
                hooks.RolledBack();
                throw;
            }
        });
    }
}

/// <summary>
/// A command that commits its own units of work, which <see cref="TransactionBehaviour{TMessage,TResponse}"/> runs as it is:
/// a job looping over many units (a score run per governorate, a scan per cycle), each committed on its own so one unit's
/// failure does not undo the others. The command's doc comment says why it is one.
/// </summary>
public interface IOwnUnitsOfWork;

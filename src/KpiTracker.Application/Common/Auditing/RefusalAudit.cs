namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// The one way a refused access reaches the audit log (<c>access.refused</c>), committed on its own, within the caller's
/// budget per minute (<see cref="RefusalBudget"/>): past it, refusals are counted and summarised.
/// </summary>
public sealed class RefusalAudit(AppDbContext db, AuditContext audit, RefusalBudget budget)
{
    public const string Action = "access.refused";

    public async Task WriteAsync(AccessRefusal refusal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var entry = audit.NewEntry(Action, refusal.Entity, refusal.Key);
        entry.NewValues = refusal.Detail();
        var (inFull, summary) = budget.Admit(entry);
        if (summary is not null)
        {
            db.AuditEntries.Add(summary);
        }

        if (inFull)
        {
            db.AuditEntries.Add(entry);
        }

        if (inFull || summary is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

/// <summary>
/// The outermost behaviour: audits the refusal a message ended in, wherever it was decided (the authorization behaviour, or
/// a handler that knows the object's scope only once it is loaded). It runs after the transaction behaviour rolled the
/// refused change back, so the record survives the rollback and carries nothing of the change.
/// </summary>
internal sealed class RefusalAuditBehaviour<TMessage, TResponse>(RefusalAudit audit) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (AccessRefusedException refused)
        {
            await audit.WriteAsync(refused.Refusal, cancellationToken);
            throw;
        }

        if (response is IOutcome { Failure.Refusal: { } refusal })
        {
            await audit.WriteAsync(refusal with { Message = refusal.Message ?? typeof(TMessage).Name }, cancellationToken);
        }

        return response;
    }
}

namespace KpiTracker.Application.Common.Auditing;

/// <summary>The one way a refused access reaches the audit log (<c>access.refused</c>), committed on its own.</summary>
public sealed class RefusalAudit(AuditWriter writer)
{
    public const string Action = "access.refused";

    public Task WriteAsync(AccessRefusal refusal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return writer.WriteAsync(Action, refusal.Entity, refusal.Key, refusal.Detail(), cancellationToken);
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

using KpiTracker.Application.Common.Auditing;

namespace KpiTracker.Application.Common.Security;

/// <summary>
/// Checks what a message declares it needs before its handler runs, for every caller (API, UI, jobs).
/// Refusals are answered 403 (in sight) or 404 (out of scope, so codes cannot be probed), and carry what the audit log keeps of them.
/// </summary>
internal sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user, AuditContext audit)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        audit.Action ??= ActionName(typeof(TMessage).Name);
        if (user.IsSystem || message is IAnonymousMessage)
        {
            return await next(message, cancellationToken);
        }

        if (message is ISystemMessage)
        {
            return Refuse(AccessOutcome.Forbidden, null);
        }

        if (message is ISelfMessage)
        {
            return user.IsAuthenticated
                ? await next(message, cancellationToken)
                : Refuse(AccessOutcome.Forbidden, null, unauthenticated: true);
        }

        if (message is not IRequireAccess secured)
        {
            throw new InvalidOperationException($"{typeof(TMessage).Name} declares no access requirement.");
        }

        var requirement = secured.Access;
        if (!user.IsAuthenticated)
        {
            return Refuse(AccessOutcome.Forbidden, requirement, unauthenticated: true);
        }

        var decision = AccessPolicy.Decide([.. await user.GetGrantsAsync(cancellationToken)], requirement.Permission, requirement.OrgUnitCode, requirement.IndicatorCode);
        if (decision.Outcome == AccessOutcome.Allowed)
        {
            audit.Role = decision.GrantedBy;
            return await next(message, cancellationToken);
        }

        return Refuse(decision.Outcome, requirement);
    }

    private static TResponse Refuse(AccessOutcome outcome, AccessRequirement? requirement, bool unauthenticated = false)
    {
        var refusal = new AccessRefusal(unauthenticated ? "unauthenticated" : outcome.ToString().ToLowerInvariant())
        {
            Message = typeof(TMessage).Name,
            Permission = requirement?.Permission.ToString(),
            OrgUnit = requirement?.OrgUnitCode,
            Indicator = requirement?.IndicatorCode,
        };
        var error = unauthenticated
            ? new AppError(ErrorKind.Unauthenticated, "unauthenticated", Messages.Get("unauthenticated"), [])
            : outcome == AccessOutcome.NotFound
                ? AppError.NotFound()
                : new AppError(ErrorKind.Forbidden, "forbidden", Messages.Get("forbidden"), []);
        return Failures<TResponse>.Create is { } create
            ? create(error with { Refusal = refusal })
            : throw new AccessRefusedException(refusal, error.Message);
    }

    private static string ActionName(string typeName) =>
        Data.SnakeCaseNames.ToSnake(typeName.EndsWith("Command", StringComparison.Ordinal) ? typeName[..^7] : typeName.EndsWith("Query", StringComparison.Ordinal) ? typeName[..^5] : typeName);
}

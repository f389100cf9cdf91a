using System.Text.Json;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Domain.Access;
using Mediator;

namespace KpiTracker.Application.Common.Security;

/// <summary>
/// Checks what a message declares it needs before its handler runs, for every caller (API, UI, jobs).
/// Refusals are audited and answered 403 (in sight) or 404 (out of scope, so codes cannot be probed).
/// </summary>
internal sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user, AuditContext audit, AuditWriter writer)
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
            return await RefuseAsync(AccessOutcome.Forbidden, null, cancellationToken);
        }

        if (message is ISelfMessage)
        {
            return user.IsAuthenticated
                ? await next(message, cancellationToken)
                : await RefuseAsync(AccessOutcome.Forbidden, null, cancellationToken, unauthenticated: true);
        }

        if (message is not IRequireAccess secured)
        {
            throw new InvalidOperationException($"{typeof(TMessage).Name} declares no access requirement.");
        }

        var requirement = secured.Access;
        if (!user.IsAuthenticated)
        {
            return await RefuseAsync(AccessOutcome.Forbidden, requirement, cancellationToken, unauthenticated: true);
        }

        var decision = AccessPolicy.Decide([.. await user.GetGrantsAsync(cancellationToken)], requirement.Permission, requirement.OrgUnitCode, requirement.IndicatorCode);
        if (decision.Outcome == AccessOutcome.Allowed)
        {
            audit.Role = decision.GrantedBy;
            return await next(message, cancellationToken);
        }

        return await RefuseAsync(decision.Outcome, requirement, cancellationToken);
    }

    private async ValueTask<TResponse> RefuseAsync(AccessOutcome outcome, AccessRequirement? requirement, CancellationToken cancellationToken, bool unauthenticated = false)
    {
        var detail = JsonSerializer.Serialize(new
        {
            message = typeof(TMessage).Name,
            permission = requirement?.Permission.ToString(),
            orgUnit = requirement?.OrgUnitCode,
            indicator = requirement?.IndicatorCode,
            outcome = unauthenticated ? "unauthenticated" : outcome.ToString().ToLowerInvariant(),
        });
        await writer.WriteAsync("access.refused", "access", requirement?.OrgUnitCode, detail, cancellationToken);

        var error = unauthenticated
            ? new AppError(ErrorKind.Unauthenticated, "unauthenticated", Messages.Get("unauthenticated"), [])
            : outcome == AccessOutcome.NotFound
                ? AppError.NotFound()
                : new AppError(ErrorKind.Forbidden, "forbidden", Messages.Get("forbidden"), []);
        return Failures<TResponse>.Create is { } create
            ? create(error)
            : throw new UnauthorizedAccessException(error.Message);
    }

    private static string ActionName(string typeName) =>
        Data.SnakeCaseNames.ToSnake(typeName.EndsWith("Command", StringComparison.Ordinal) ? typeName[..^7] : typeName.EndsWith("Query", StringComparison.Ordinal) ? typeName[..^5] : typeName);
}

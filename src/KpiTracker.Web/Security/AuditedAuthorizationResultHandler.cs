using KpiTracker.Application.Common.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace KpiTracker.Web.Security;

/// <summary>
/// Records every request the endpoint policies refuse to a signed-in user (403) in the audit log, then answers as
/// usual. A session that <see cref="SessionValidator"/> ended (deactivated account, changed password or roles)
/// authenticates but carries no identity: it is challenged (401, or the sign-in page), not forbidden.
/// </summary>
internal sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return;
        }

        if (authorizeResult.Forbidden)
        {
            var refusals = context.RequestServices.GetRequiredService<RefusalAudit>();
            await refusals.WriteAsync(new AccessRefusal("forbidden") { Path = context.Request.Path, Method = context.Request.Method });
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

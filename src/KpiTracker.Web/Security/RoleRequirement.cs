using KpiTracker.Application.Common.Security;
using KpiTracker.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace KpiTracker.Web.Security;

/// <summary>For endpoints outside the mediator (the jobs dashboard): the user holds one of these roles.</summary>
internal sealed class RoleRequirement(params Role[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<Role> Roles { get; } = roles;
}

internal sealed class RoleRequirementHandler(ICurrentUser user) : AuthorizationHandler<RoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        var grants = await user.GetGrantsAsync();
        if (grants.Any(g => requirement.Roles.Contains(g.Role)))
        {
            context.Succeed(requirement);
        }
    }
}

using KpiTracker.Application.Common.Security;
using KpiTracker.Domain.Access;
using Mediator;

namespace KpiTracker.Web.Components;

/// <summary>
/// Sends a page's commands and queries through the mediator, each in a DI scope of its own: Blazor renders a
/// layout and its page concurrently, and one DbContext must never serve two operations at once. The request's
/// user still applies (the HttpContext flows into the new scope).
/// </summary>
public sealed class PageSender(IServiceScopeFactory scopes)
{
    public async Task<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

    public async Task<TResponse> Send<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    public async Task<bool> CanAsync(Permission permission, string? orgUnitCode = null, string? indicatorCode = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccessChecker>().HasAsync(permission, orgUnitCode, indicatorCode);
    }
}

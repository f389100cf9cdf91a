using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Accounts.GetMenu;
using KpiTracker.Web.Components;
using Microsoft.AspNetCore.Diagnostics;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// The menu of a page the status-code middleware re-executes (the 404 page). Blazor renders a re-executed request without
/// waiting for a component's asynchronous start, so the layout's own menu read would come too late and the page would show
/// no menu and no unread count. For those requests the menu is read here, before the render, and the layout takes it.
/// </summary>
internal static class ErrorPageMenu
{
    private static readonly object Key = new();

    public static void UseErrorPageMenu(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            context.Items[Key] = await context.RequestServices.GetRequiredService<PageSender>().Send(new GetMenuQuery());
        }

        await next(context);
    });

    /// <summary>The menu read for a re-executed request, or null for an ordinary one.</summary>
    public static Result<MenuModel>? For(HttpContext? context) =>
        context?.Items.TryGetValue(Key, out var menu) == true ? menu as Result<MenuModel> : null;

    /// <summary>The address the user asked for when this is a re-executed request (the language switch returns there).</summary>
    public static string? OriginalAddress(HttpContext? context) =>
        context?.Features.Get<IStatusCodeReExecuteFeature>() is { } original ? original.OriginalPath + original.OriginalQueryString : null;
}

using KpiTracker.Application.Data.Identity;
using KpiTracker.Application.Features.Accounts;
using KpiTracker.Application.Features.Accounts.SignOut;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Web.Security;

internal static class AccountPages
{
    /// <summary>
    /// Sign-out is a POST from the menu's form, never a link a third party could trigger: it needs the form's antiforgery token
    /// and a request from our own origin (<see cref="CrossSiteGuard.IsSameOrigin"/>), else it is refused (400) and nobody is
    /// signed out. It ends the session on the server, so a copy of the cookie stops working too.
    /// </summary>
    public static void MapAccountPages(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/sign-out", async (HttpContext context, IAntiforgery antiforgery, ISender sender, SignInManager<AppUser> signIn) =>
            {
                if (!CrossSiteGuard.IsSameOrigin(context.Request) || !await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.BadRequest();
                }

                await sender.Send(new SignOutCommand(SessionClaims.SessionIdOf(context.User)), context.RequestAborted);
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/sign-in");
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
}

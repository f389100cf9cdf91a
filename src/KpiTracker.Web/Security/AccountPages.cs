using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Web.Security;

internal static class AccountPages
{
    /// <summary>Sign-out is a POST from the menu's form (with its antiforgery token), never a link a third party could trigger.</summary>
    public static void MapAccountPages(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/sign-out", async (SignInManager<AppUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("/account/sign-in");
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
}

namespace KpiTracker.Application.Features.Accounts.SignOut;

internal static class SignOutEndpoint
{
    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/sign-out", async (HttpContext context, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SignOutCommand(SessionClaims.SessionIdOf(context.User)), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("SignOut")
            .WithSummary("Ends the caller's session: its cookie, access tokens and refresh tokens are refused from now on.")
            .DisableCookieRedirect()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization();
}

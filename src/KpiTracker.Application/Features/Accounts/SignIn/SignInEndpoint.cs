namespace KpiTracker.Application.Features.Accounts.SignIn;

internal static class SignInEndpoint
{
    // Reviewed: signing in cannot require being signed in; attempts are limited per address and account, and lockout protects each account.
    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/token", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<TokenRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new SignInCommand(body!.UserName ?? "", body.Password ?? "", SignInMode.Token), ct)).ToHttp(t => TypedResults.Ok(t!));
            })
            .WithName("IssueToken")
            .WithSummary("Exchanges a user name and password for a bearer access token (1 hour) and a refresh token (14 days).")
            .Accepts<TokenRequest>("application/json").DisableCookieRedirect()
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AllowAnonymous();

    internal sealed record TokenRequest(string? UserName, string? Password);
}

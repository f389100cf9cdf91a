namespace KpiTracker.Application.Features.Accounts.RefreshToken;

internal static class RefreshTokenEndpoint
{
    // Reviewed: the refresh token itself is the credential; it is refused after deactivation or a password or role change, and its attempts are limited per address and token.
    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/refresh", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<RefreshRequest>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(new RefreshTokenCommand(body!.RefreshToken ?? ""), ct)).ToHttp();
            })
            .WithName("RefreshToken")
            .WithSummary("Exchanges a refresh token for new tokens.")
            .Accepts<RefreshRequest>("application/json").DisableCookieRedirect()
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AllowAnonymous();

    internal sealed record RefreshRequest(string? RefreshToken);
}

using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Accounts.ChangePassword;
using KpiTracker.Application.Features.Accounts.GetMe;
using KpiTracker.Application.Features.Accounts.RefreshToken;
using KpiTracker.Application.Features.Accounts.SignIn;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Accounts;

internal static class AccountEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public static void MapAccounts(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Accounts");

        // Reviewed: signing in cannot require being signed in; rate-limited and lockout-protected instead.
        auth.MapPost("/token", async (TokenRequest body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SignInCommand(body.UserName ?? "", body.Password ?? "", SignInMode.Token), ct)).ToHttp(t => TypedResults.Ok(t!)))
            .WithName("IssueToken")
            .WithSummary("Exchanges a user name and password for a bearer access token (1 hour) and a refresh token (14 days).")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(SignInRateLimit)
            .AllowAnonymous();

        // Reviewed: the refresh token itself is the credential; it is refused after deactivation or a password or role change.
        auth.MapPost("/refresh", async (RefreshRequest body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RefreshTokenCommand(body.RefreshToken ?? ""), ct)).ToHttp())
            .WithName("RefreshToken")
            .WithSummary("Exchanges a refresh token for new tokens.")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireRateLimiting(SignInRateLimit)
            .AllowAnonymous();

        var me = api.MapGroup("/me").WithTags("Accounts").RequireAuthorization();
        me.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new GetMeQuery(), ct)).ToHttp())
            .WithName("GetMe")
            .WithSummary("The signed-in user with their roles and scopes.");
        me.MapPost("/password", async (ChangePasswordCommand body, ISender sender, CancellationToken ct) =>
                (await sender.Send(body, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("ChangePassword")
            .WithSummary("Changes the signed-in user's password; every other session and token of the user ends.")
            .ProducesValidationProblem();
    }

    internal sealed record TokenRequest(string? UserName, string? Password);

    internal sealed record RefreshRequest(string? RefreshToken);
}

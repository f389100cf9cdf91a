namespace KpiTracker.Application.Features.Users.ResetPassword;

internal static class ResetPasswordEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPost("/{userName}/reset-password", async (string userName, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<PasswordRequest>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(new ResetPasswordCommand(userName, body!.NewPassword ?? ""), ct)).ToHttp();
            })
            .WithName("ResetPassword").WithSummary("Sets a new password; the user's sessions and tokens end.").Accepts<PasswordRequest>("application/json").DisableCookieRedirect().ProducesValidationProblem();

    internal sealed record PasswordRequest(string? NewPassword);
}

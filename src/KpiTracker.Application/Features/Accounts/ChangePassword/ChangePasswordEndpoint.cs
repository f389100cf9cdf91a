namespace KpiTracker.Application.Features.Accounts.ChangePassword;

internal static class ChangePasswordEndpoint
{
    public static void Map(RouteGroupBuilder me) =>
        me.MapPost("/password", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<ChangePasswordCommand>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(body!, ct)).ToHttp(_ => TypedResults.NoContent());
            })
            .WithName("ChangePassword")
            .WithSummary("Changes the signed-in user's password; every other session and token of the user ends.")
            .Accepts<ChangePasswordCommand>("application/json").DisableCookieRedirect()
            .ProducesValidationProblem();
}

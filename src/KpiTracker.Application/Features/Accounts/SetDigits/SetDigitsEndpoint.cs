namespace KpiTracker.Application.Features.Accounts.SetDigits;

internal static class SetDigitsEndpoint
{
    public static void Map(RouteGroupBuilder me) =>
        me.MapPut("/digits", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<SetDigitsCommand>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(body!, ct)).ToHttp(_ => TypedResults.NoContent());
            })
            .WithName("SetDigits")
            .WithSummary("Sets the digits the signed-in user reads and types numbers in: latin (default) or arabic_indic. The API's JSON stays invariant.")
            .Accepts<SetDigitsCommand>("application/json").DisableCookieRedirect()
            .ProducesValidationProblem();
}

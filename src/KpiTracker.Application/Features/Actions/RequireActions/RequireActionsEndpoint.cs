namespace KpiTracker.Application.Features.Actions.RequireActions;

internal static class RequireActionsEndpoint
{
    public static void Map(RouteGroupBuilder cycle) =>
        cycle.MapPut("/required", async (int year, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<RequireActionsRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new RequireActionsCommand(year, body!.Required), ct)).ToHttp();
            })
            .WithName("RequireActions")
            .WithSummary("Central team: requires an improvement action for every red indicator of the cycle (or lifts it).")
            .Accepts<RequireActionsRequest>("application/json")
            .Produces<RequiredActionsDto>()
            .ProducesValidationProblem();

    internal sealed record RequireActionsRequest(bool? Required);
}

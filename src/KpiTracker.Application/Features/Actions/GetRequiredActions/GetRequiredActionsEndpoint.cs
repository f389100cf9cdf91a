namespace KpiTracker.Application.Features.Actions.GetRequiredActions;

internal static class GetRequiredActionsEndpoint
{
    public static void Map(RouteGroupBuilder cycle) =>
        cycle.MapGet("/required", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new GetRequiredActionsQuery(year), ct)).ToHttp())
            .WithName("GetRequiredActions")
            .WithSummary("Central team: whether the cycle requires an action per red indicator, and each scored governorate's red indicators without one.")
            .Produces<RequiredActionsStateDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

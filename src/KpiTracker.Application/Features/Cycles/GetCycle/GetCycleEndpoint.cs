namespace KpiTracker.Application.Features.Cycles.GetCycle;

internal static class GetCycleEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/{year:int}", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new GetCycleQuery(year), ct)).ToHttp())
            .WithName("GetCycle")
            .WithSummary("One cycle: Muscat dates and UTC instants of its calendar, status, phase and target overrides.")
            .Produces<CycleDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

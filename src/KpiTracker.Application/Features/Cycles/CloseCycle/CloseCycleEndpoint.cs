namespace KpiTracker.Application.Features.Cycles.CloseCycle;

internal static class CloseCycleEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/{year:int}/close", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new CloseCycleCommand(year), ct)).ToHttp())
            .WithName("CloseCycle")
            .WithSummary("Closes an open cycle after expiry: accepted and verified values lock, the rest become missing, GOV-02 is computed. Accepts Idempotency-Key.")
            .Produces<CycleDto>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}

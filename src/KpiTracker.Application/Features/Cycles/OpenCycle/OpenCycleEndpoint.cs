namespace KpiTracker.Application.Features.Cycles.OpenCycle;

internal static class OpenCycleEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/{year:int}/open", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new OpenCycleCommand(year), ct)).ToHttp())
            .WithName("OpenCycle")
            .WithSummary("Opens a planned cycle: one draft item per governorate and indicator. Accepts Idempotency-Key.")
            .Produces<CycleDto>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}

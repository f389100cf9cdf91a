namespace KpiTracker.Application.Features.Scoring.ScoreCycle;

internal static class ScoreCycleEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/score", async (int year, string? governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ScoreCycleCommand(year, governorate), ct)).ToHttp())
            .WithName("ScoreCycle")
            .WithSummary("Central team: scores the cycle now (every governorate, or ?governorate=) and stores a run for each.")
            .Produces<ScoreCycleResultDto>();
}

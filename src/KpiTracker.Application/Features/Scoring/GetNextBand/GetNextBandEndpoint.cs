namespace KpiTracker.Application.Features.Scoring.GetNextBand;

/// <summary>The way to the next band (gap, suggested plan, per-indicator answers), computed on the current inputs and stored nowhere.</summary>
internal static class GetNextBandEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/scorecards/{governorate}/what-if", async (int year, string governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new NextBandQuery(year, governorate), ct)).ToHttp())
            .WithName("GetNextBandPlan")
            .WithSummary("The gap to the next band; the suggested plan: the fewest indicators, then the least total change, with each value to enter (as the entry form accepts it) and the score from → to; and for each indicator the value that alone would reach the next band, and its headroom: the points it adds by reaching its target.")
            .Produces<NextBandDto>();
}

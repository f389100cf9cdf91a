namespace KpiTracker.Application.Features.Scoring.GetNextBand;

/// <summary>The next-band plan, computed on the latest published run and stored nowhere.</summary>
internal static class GetNextBandEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/scorecards/{governorate}/what-if", async (int year, string governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new NextBandQuery(year, governorate), ct)).ToHttp())
            .WithName("GetNextBandPlan")
            .WithSummary("For each indicator, the value to enter (as the entry form accepts it) that alone would lift the published index to the next band, and its headroom: the points it adds by reaching its target.")
            .Produces<NextBandDto>();
}

namespace KpiTracker.Application.Features.Scoring.GetScorecard;

internal static class GetScorecardEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/scorecards/{governorate}", async (int year, string governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetScorecardQuery(year, governorate), ct)).ToHttp())
            .WithName("GetScorecard")
            .WithSummary("A governorate's latest scorecard: overall, criteria, indicators with value, bounds, score, light, Δ, achievement, contributions and flags; coverage, DQI, rank and the run it came from.")
            .Produces<ScorecardDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

namespace KpiTracker.Application.Features.Scoring;

internal static class ScoringEndpoints
{
    public static void MapScoring(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/cycles/{year:int}").WithTags("Scoring").RequireAuthorization().MapSlices(
            GetScorecard.GetScorecardEndpoint.Map, GetComparison.GetComparisonEndpoint.Map,
            GetComparisonTrend.GetComparisonTrendEndpoint.Map, GetNextBand.GetNextBandEndpoint.Map, WhatIf.WhatIfEndpoint.Map,
            ScoreCycle.ScoreCycleEndpoint.Map);
        ScoreCycles.ScoreCyclesEndpoint.Map(api);
        GetTrend.GetTrendEndpoint.Map(api);
    }
}

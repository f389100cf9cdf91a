using KpiTracker.Application.Features.Scoring.GetComparison;
using KpiTracker.Application.Features.Scoring.GetComparisonTrend;
using KpiTracker.Application.Features.Scoring.GetScorecard;
using KpiTracker.Application.Features.Scoring.GetTrend;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Application.Features.Scoring.ScoreCycles;
using KpiTracker.Application.Features.Scoring.WhatIf;

namespace KpiTracker.Application.Features.Scoring;

internal static class ScoringEndpoints
{
    public static void MapScoring(this IEndpointRouteBuilder api)
    {
        var cycles = api.MapGroup("/cycles/{year:int}").WithTags("Scoring").RequireAuthorization();
        GetScorecardEndpoint.Map(cycles);
        GetComparisonEndpoint.Map(cycles);
        GetComparisonTrendEndpoint.Map(cycles);
        WhatIfEndpoint.Map(cycles);
        ScoreCycleEndpoint.Map(cycles);
        ScoreCyclesEndpoint.Map(api);
        GetTrendEndpoint.Map(api);
    }
}

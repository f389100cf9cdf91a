namespace KpiTracker.Application.Features.Scoring.GetComparisonTrend;

internal static class GetComparisonTrendEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/comparison/trend", async (int year, string? indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetComparisonTrendQuery(year, indicator ?? ""), ct)).ToHttp())
            .WithName("GetComparisonTrend")
            .WithSummary("One indicator (?indicator=) of every governorate over the cycles up to this one: status, value and published score per cycle.")
            .Produces<ComparisonTrendDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

namespace KpiTracker.Application.Features.Scoring.GetTrend;

internal static class GetTrendEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/governorates/{code}/trend", async (string code, string? indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetTrendQuery(code, indicator), ct)).ToHttp())
            .RequireAuthorization()
            .WithTags("Scoring")
            .WithName("GetTrend")
            .WithSummary("A governorate's overall index, or one indicator's value and score (?indicator=), over the cycles.")
            .Produces<TrendDto>();
}

namespace KpiTracker.Application.Features.Scoring.GetComparison;

internal static class GetComparisonEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/comparison", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new GetComparisonQuery(year), ct)).ToHttp())
            .WithName("GetComparison")
            .WithSummary("League table with rank and rank change, criteria × governorate matrix, each indicator across governorates with its median and flags.")
            .Produces<ComparisonDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

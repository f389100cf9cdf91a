namespace KpiTracker.Application.Features.Flags.ScanOutliers;

internal static class ScanOutliersEndpoint
{
    public static void Map(RouteGroupBuilder flags) =>
        flags.MapPost("/flags/scan", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new ScanOutliersCommand(year), ct)).ToHttp())
            .WithName("ScanOutliers")
            .WithSummary("Scans submitted, accepted, verified and locked values for outliers; running it again adds no duplicates. Accepts Idempotency-Key.")
            .Produces<ScanResultDto>();
}

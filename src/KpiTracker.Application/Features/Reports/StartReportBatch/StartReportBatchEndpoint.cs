namespace KpiTracker.Application.Features.Reports.StartReportBatch;

internal static class StartReportBatchEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/scorecards/batch", async (int year, ISender sender, CancellationToken ct) =>
                (await sender.Send(new StartReportBatchCommand(year), ct)).ToHttp(batch => TypedResults.Accepted($"/api/report-batches/{batch.Id}", batch)))
            .WithName("StartReportBatch")
            .WithSummary("Central team: renders every governorate's scorecard in Arabic and English into one zip in the background; 202 with the batch's Location.")
            .Produces<ReportBatchDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

namespace KpiTracker.Application.Features.Reports.GetReportBatch;

/// <summary>A batch's progress.</summary>
internal static class GetReportBatchEndpoint
{
    public static void Map(RouteGroupBuilder batches) =>
        batches.MapGet("", async (Guid id, ISender sender, CancellationToken ct) => (await sender.Send(new GetReportBatchQuery(id), ct)).ToHttp())
            .WithName("GetReportBatch")
            .WithSummary("Central team: a batch's state (queued, running, succeeded, failed), percent, done/total, the document in progress, skipped governorates.")
            .Produces<ReportBatchDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

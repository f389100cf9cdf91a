namespace KpiTracker.Application.Features.Reports.GetReportBatch;

/// <summary>A batch's progress, and its zip once it is done.</summary>
internal static class GetReportBatchEndpoint
{
    public static void Map(RouteGroupBuilder batches)
    {
        batches.MapGet("", async (Guid id, ISender sender, CancellationToken ct) => (await sender.Send(new GetReportBatchQuery(id), ct)).ToHttp())
            .WithName("GetReportBatch")
            .WithSummary("Central team: a batch's state (queued, running, succeeded, failed), percent, done/total, the document in progress, skipped governorates.")
            .Produces<ReportBatchDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        batches.MapGet("/zip", async (Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetReportBatchZipQuery(id), ct)).ToHttp(zip =>
                {
                    response.Headers.CacheControl = "private, no-store";
                    return TypedResults.PhysicalFile(zip.Path, "application/zip", zip.FileName);
                }))
            .WithName("GetReportBatchZip")
            .WithSummary("Central team: a finished batch's zip (22 PDFs for 11 governorates); 409 while it runs.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

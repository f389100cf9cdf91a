namespace KpiTracker.Application.Features.Reports.GetReportBatchZip;

/// <summary>A finished batch's zip.</summary>
internal static class GetReportBatchZipEndpoint
{
    public static void Map(RouteGroupBuilder batches) =>
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

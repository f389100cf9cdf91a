namespace KpiTracker.Application.Features.Reports.GetComparisonPdf;

internal static class GetComparisonPdfEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/comparison/pdf", async (int year, string? lang, HttpRequest request, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetComparisonPdfQuery(year, lang, request.Headers.IfNoneMatch.ToString()), ct)).ToHttp(file => PdfDownload.Send(file, request.HttpContext.Response)))
            .WithName("GetComparisonPdf")
            .WithSummary("The cycle's comparison (league table, heat map, a chart per criterion) as an A4 landscape PDF; scoped like the JSON comparison.")
            .Produces(StatusCodes.Status200OK, contentType: PdfDownload.PdfType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

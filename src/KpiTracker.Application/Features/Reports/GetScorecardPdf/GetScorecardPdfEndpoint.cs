namespace KpiTracker.Application.Features.Reports.GetScorecardPdf;

internal static class GetScorecardPdfEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/scorecards/{governorate}/pdf", async (int year, string governorate, string? lang, HttpRequest request, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetScorecardPdfQuery(year, governorate, lang, request.Headers.IfNoneMatch.ToString()), ct)).ToHttp(file => PdfDownload.Send(file, request.HttpContext.Response)))
            .WithName("GetScorecardPdf")
            .WithSummary("The governorate's scorecard as an A4 PDF (?lang=ar|en), from its latest run; scoped like the JSON scorecard. ETag from the run, its language and the layout version; If-None-Match → 304.")
            .Produces(StatusCodes.Status200OK, contentType: PdfDownload.PdfType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

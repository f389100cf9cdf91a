namespace KpiTracker.Application.Features.Excel.DownloadTemplate;

internal static class DownloadTemplateEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/template/{governorate}.xlsx", async (int year, string governorate, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DownloadTemplateQuery(year, governorate), ct)).ToHttp(f => SpreadsheetDownload.Send(response, f)))
            .WithName("DownloadTemplate")
            .WithSummary("The entry template of a governorate (.xlsx, headers in the request's language, right to left in Arabic): one row per indicator the caller may see.")
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.XlsxType);
}

namespace KpiTracker.Application.Features.Excel.ExportSubmissions;

internal static class ExportSubmissionsEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/submissions.xlsx", async (int year, string? governorate, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ExportSubmissionsQuery(year, governorate, ExportFormat.Xlsx), ct)).ToHttp(f => SpreadsheetDownload.Send(response, f)))
            .WithName("ExportSubmissionsXlsx")
            .WithSummary("The cycle's items that the caller may read (optionally one governorate) as .xlsx; formula-like text is neutralised.")
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.XlsxType);

        group.MapGet("/submissions.csv", async (int year, string? governorate, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ExportSubmissionsQuery(year, governorate, ExportFormat.Csv), ct)).ToHttp(f => SpreadsheetDownload.Send(response, f)))
            .WithName("ExportSubmissionsCsv")
            .WithSummary("The same as CSV (UTF-8 with BOM, comma separated).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }
}

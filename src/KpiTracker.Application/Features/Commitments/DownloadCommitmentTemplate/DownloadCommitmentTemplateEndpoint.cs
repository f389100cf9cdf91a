using KpiTracker.Application.Features.Excel;

namespace KpiTracker.Application.Features.Commitments.DownloadCommitmentTemplate;

internal static class DownloadCommitmentTemplateEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/{year:int}/commitments/{governorate}/template.xlsx", async (int year, string governorate, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DownloadCommitmentTemplateQuery(year, governorate), ct)).ToHttp(f => SpreadsheetDownload.Send(response, f)))
            .WithName("DownloadCommitmentTemplate")
            .WithSummary("Governorate reviewer: the commitments template (.xlsx, headers in the request's language, right to left in Arabic): every indicator with its ambition check, the commitment so far and a commitment value to fill in.")
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.XlsxType);
}

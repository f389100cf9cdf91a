namespace KpiTracker.Application.Features.Reports;

internal static class ReportEndpoints
{
    public static void MapReports(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/cycles/{year:int}").WithTags("Reports").RequireAuthorization().MapSlices(
            GetScorecardPdf.GetScorecardPdfEndpoint.Map, GetComparisonPdf.GetComparisonPdfEndpoint.Map,
            StartReportBatch.StartReportBatchEndpoint.Map);
        api.MapGroup("/report-batches/{id:guid}").WithTags("Reports").RequireAuthorization()
            .MapSlices(GetReportBatch.GetReportBatchEndpoint.Map, GetReportBatchZip.GetReportBatchZipEndpoint.Map);
    }
}

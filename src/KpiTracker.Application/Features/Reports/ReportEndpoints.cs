using KpiTracker.Application.Features.Reports.GetComparisonPdf;
using KpiTracker.Application.Features.Reports.GetReportBatch;
using KpiTracker.Application.Features.Reports.GetScorecardPdf;
using KpiTracker.Application.Features.Reports.StartReportBatch;

namespace KpiTracker.Application.Features.Reports;

internal static class ReportEndpoints
{
    public static void MapReports(this IEndpointRouteBuilder api)
    {
        var cycles = api.MapGroup("/cycles/{year:int}").WithTags("Reports").RequireAuthorization();
        GetScorecardPdfEndpoint.Map(cycles);
        GetComparisonPdfEndpoint.Map(cycles);
        StartReportBatchEndpoint.Map(cycles);

        var batches = api.MapGroup("/report-batches/{id:guid}").WithTags("Reports").RequireAuthorization();
        GetReportBatchEndpoint.Map(batches);
    }
}

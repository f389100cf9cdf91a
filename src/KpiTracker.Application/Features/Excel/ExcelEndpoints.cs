using KpiTracker.Application.Features.Excel.DownloadTemplate;
using KpiTracker.Application.Features.Excel.ExportSubmissions;
using KpiTracker.Application.Features.Excel.ImportTemplate;

namespace KpiTracker.Application.Features.Excel;

internal static class ExcelEndpoints
{
    public static void MapExcel(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cycles/{year:int}").WithTags("Spreadsheets").RequireAuthorization();
        DownloadTemplateEndpoint.Map(group);
        ImportTemplateEndpoint.Map(group);
        ExportSubmissionsEndpoint.Map(group);
    }
}

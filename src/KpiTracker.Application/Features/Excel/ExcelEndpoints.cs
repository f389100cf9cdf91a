namespace KpiTracker.Application.Features.Excel;

internal static class ExcelEndpoints
{
    public static void MapExcel(this IEndpointRouteBuilder api) =>
        api.MapGroup("/cycles/{year:int}").WithTags("Spreadsheets").RequireAuthorization().MapSlices(
            DownloadTemplate.DownloadTemplateEndpoint.Map, ImportTemplate.ImportTemplateEndpoint.Map,
            ExportSubmissions.ExportSubmissionsEndpoint.Map);
}

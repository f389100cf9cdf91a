using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Excel.DownloadTemplate;
using KpiTracker.Application.Features.Excel.ExportSubmissions;
using KpiTracker.Application.Features.Excel.ImportTemplate;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Excel;

internal static class ExcelEndpoints
{
    public static void MapExcel(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cycles/{year:int}").WithTags("Spreadsheets").RequireAuthorization();

        group.MapGet("/template/{governorate}.xlsx", async (int year, string governorate, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DownloadTemplateQuery(year, governorate), ct)).ToHttp(f => Download(response, f)))
            .WithName("DownloadTemplate")
            .WithSummary("The entry template of a governorate (.xlsx, headers in the request's language, right to left in Arabic): one row per indicator the caller may see.")
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.XlsxType);

        // Antiforgery is off for the uploads: API callers use a bearer token, and the session cookie is SameSite=Lax.
        group.MapPost("/template/{governorate}", async (int year, string governorate, IFormFile? file, ISender sender, CancellationToken ct) =>
            {
                await using var content = file?.OpenReadStream();
                var result = await sender.Send(new ImportTemplateCommand(year, governorate, file?.Length ?? 0, content), ct);
                return result.IsSuccess && result.Value.Rows.Count > 0 ? RowsProblem(result.Value.Rows) : result.ToHttp();
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FileRules.MaxRequestBytes))
            .WithName("ImportTemplate")
            .WithSummary("Imports a filled template (multipart field 'file') as drafts: all rows or none; a refusal lists every bad cell in 'rows'.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<TemplateImport>()
            .ProducesValidationProblem();

        group.MapPost("/template/{governorate}/errors.xlsx", async (int year, string governorate, IFormFile? file, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                await using var content = file?.OpenReadStream();
                var result = await sender.Send(new ImportTemplateCommand(year, governorate, file?.Length ?? 0, content, CheckOnly: true), ct);
                return result.ToHttp(r => Download(response, ErrorReport.Workbook(year, governorate, r.Rows)));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FileRules.MaxRequestBytes))
            .WithName("TemplateErrorReport")
            .WithSummary("Checks a filled template without saving anything and returns the row-by-row error report as .xlsx (empty when every row is valid).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.XlsxType)
            .ProducesValidationProblem();

        group.MapGet("/submissions.xlsx", async (int year, string? governorate, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ExportSubmissionsQuery(year, governorate, ExportFormat.Xlsx), ct)).ToHttp(f => Download(response, f)))
            .WithName("ExportSubmissionsXlsx")
            .WithSummary("The cycle's items that the caller may read (optionally one governorate) as .xlsx; formula-like text is neutralised.")
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.XlsxType);

        group.MapGet("/submissions.csv", async (int year, string? governorate, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ExportSubmissionsQuery(year, governorate, ExportFormat.Csv), ct)).ToHttp(f => Download(response, f)))
            .WithName("ExportSubmissionsCsv")
            .WithSummary("The same as CSV (UTF-8 with BOM, comma separated).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    private static FileContentHttpResult Download(HttpResponse response, SpreadsheetFile file)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static IResult RowsProblem(IReadOnlyList<ImportRowError> rows)
    {
        var result = ResultHttp.Problem(ErrorReport.Problem(rows));
        if (result is ProblemHttpResult problem)
        {
            problem.ProblemDetails.Extensions["rows"] = rows;
        }

        return result;
    }
}

using KpiTracker.Application.Common.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.Application.Features.Excel.ImportTemplate;

/// <summary>The import and its dry run, which answers with the row-by-row error report instead of saving.</summary>
internal static class ImportTemplateEndpoint
{
    // Antiforgery is off for the uploads: API callers use a bearer token, and the session cookie is SameSite=Lax.
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/template/{governorate}", async (int year, string governorate, Upload upload, ISender sender, CancellationToken ct) =>
            {
                if (upload.Refusal is { } refused)
                {
                    return refused;
                }

                var file = upload.File;
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

        group.MapPost("/template/{governorate}/errors.xlsx", async (int year, string governorate, Upload upload, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                if (upload.Refusal is { } refused)
                {
                    return refused;
                }

                var file = upload.File;
                await using var content = file?.OpenReadStream();
                var result = await sender.Send(new ImportTemplateCommand(year, governorate, file?.Length ?? 0, content, CheckOnly: true), ct);
                return result.ToHttp(r => SpreadsheetDownload.Send(response, ErrorReport.Workbook(year, governorate, r.Rows)));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FileRules.MaxRequestBytes))
            .WithName("TemplateErrorReport")
            .WithSummary("Checks a filled template without saving anything and returns the row-by-row error report as .xlsx (empty when every row is valid).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.XlsxType)
            .ProducesValidationProblem();
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

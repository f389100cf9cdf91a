using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Reports.GetComparisonPdf;
using KpiTracker.Application.Features.Reports.GetReportBatch;
using KpiTracker.Application.Features.Reports.GetScorecardPdf;
using KpiTracker.Application.Features.Reports.StartReportBatch;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application.Features.Reports;

internal static class ReportEndpoints
{
    private const string PdfType = "application/pdf";

    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<ReportFiles>();
        services.AddScoped<ReportModels>();
        return services;
    }

    public static void MapReports(this IEndpointRouteBuilder api)
    {
        var cycles = api.MapGroup("/cycles/{year:int}").WithTags("Reports").RequireAuthorization();

        cycles.MapGet("/scorecards/{governorate}/pdf", async (int year, string governorate, string? lang, HttpRequest request, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetScorecardPdfQuery(year, governorate, lang, request.Headers.IfNoneMatch.ToString()), ct)).ToHttp(file => Pdf(file, request.HttpContext.Response)))
            .WithName("GetScorecardPdf")
            .WithSummary("The governorate's scorecard as an A4 PDF (?lang=ar|en), from its latest run; scoped like the JSON scorecard. ETag from the run, its language and the layout version; If-None-Match → 304.")
            .Produces(StatusCodes.Status200OK, contentType: PdfType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cycles.MapGet("/comparison/pdf", async (int year, string? lang, HttpRequest request, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetComparisonPdfQuery(year, lang, request.Headers.IfNoneMatch.ToString()), ct)).ToHttp(file => Pdf(file, request.HttpContext.Response)))
            .WithName("GetComparisonPdf")
            .WithSummary("The cycle's comparison (league table, heat map, a chart per criterion) as an A4 landscape PDF; scoped like the JSON comparison.")
            .Produces(StatusCodes.Status200OK, contentType: PdfType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cycles.MapPost("/scorecards/batch", async (int year, ISender sender, CancellationToken ct) =>
                (await sender.Send(new StartReportBatchCommand(year), ct)).ToHttp(batch => TypedResults.Accepted($"/api/report-batches/{batch.Id}", batch)))
            .WithName("StartReportBatch")
            .WithSummary("Central team: renders every governorate's scorecard in Arabic and English into one zip in the background; 202 with the batch's Location.")
            .Produces<ReportBatchDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var batches = api.MapGroup("/report-batches/{id:guid}").WithTags("Reports").RequireAuthorization();

        batches.MapGet("", async (Guid id, ISender sender, CancellationToken ct) => (await sender.Send(new GetReportBatchQuery(id), ct)).ToHttp())
            .WithName("GetReportBatch")
            .WithSummary("Central team: a batch's state (queued, running, succeeded, failed), percent, done/total, the document in progress, skipped governorates.")
            .Produces<ReportBatchDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        batches.MapGet("/zip", async (Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetReportBatchZipQuery(id), ct)).ToHttp(zip =>
                {
                    response.Headers.CacheControl = "private, no-store";
                    return TypedResults.PhysicalFile(zip.Path, "application/zip", zip.FileName);
                }))
            .WithName("GetReportBatchZip")
            .WithSummary("Central team: a finished batch's zip (22 PDFs for 11 governorates); 409 while it runs.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The tag always; the file as an attachment, or 304 when the caller's copy is current. Cached privately: it is scoped data.</summary>
    private static IResult Pdf(PdfFile file, HttpResponse response)
    {
        response.Headers.ETag = ReportTags.Header(file.ETag);
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        return file.NotModified
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.PhysicalFile(file.Path!, PdfType, file.FileName);
    }
}

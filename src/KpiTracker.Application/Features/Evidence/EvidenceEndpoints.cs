using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Evidence.DeleteEvidence;
using KpiTracker.Application.Features.Evidence.DownloadEvidence;
using KpiTracker.Application.Features.Evidence.ListEvidence;
using KpiTracker.Application.Features.Evidence.UploadEvidence;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Evidence;

internal static class EvidenceEndpoints
{
    public static void MapEvidence(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cycles/{year:int}/submissions/{governorate}/{indicator}/evidence").WithTags("Evidence").RequireAuthorization();

        // Antiforgery is off: API callers authenticate with a bearer token, and the session cookie is SameSite=Lax, so a
        // cross-site form post arrives without it.
        group.MapPost("/", async (int year, string governorate, string indicator, IFormFile? file, ISender sender, CancellationToken ct) =>
            {
                await using var content = file?.OpenReadStream();
                var command = new UploadEvidenceCommand(year, governorate, indicator, file?.FileName, file?.Length ?? 0, content);
                return (await sender.Send(command, ct)).ToHttp(e => TypedResults.Created($"/api/cycles/{year}/submissions/{governorate}/{indicator}/evidence/{e.Id}", e));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FileRules.MaxRequestBytes))
            .WithName("UploadEvidence")
            .WithSummary("Owner: attaches an evidence file (multipart field 'file'; PDF, PNG, JPEG, XLSX, DOCX or CSV, at most 20 MB, 10 per item) while the item is a draft or returned.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<EvidenceDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", async (int year, string governorate, string indicator, bool? all, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListEvidenceQuery(year, governorate, indicator, all ?? false), ct)).ToHttp())
            .WithName("ListEvidence")
            .WithSummary("The evidence files of the item's current revision (all=true: of every revision).")
            .Produces<IReadOnlyList<EvidenceDto>>();

        group.MapGet("/{id:guid}", async (int year, string governorate, string indicator, Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DownloadEvidenceQuery(year, governorate, indicator, id), ct)).ToHttp(file =>
                {
                    // Never rendered by the browser: an attachment, of the type recognised at upload, with sniffing off.
                    response.Headers.XContentTypeOptions = "nosniff";
                    response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
                    response.Headers.CacheControl = "private, no-store";
                    response.Headers["X-Content-SHA256"] = file.Sha256;
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                }))
            .WithName("DownloadEvidence")
            .WithSummary("Downloads one evidence file as an attachment (Content-Disposition with an RFC 5987 filename*).")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:guid}", async (int year, string governorate, string indicator, Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteEvidenceCommand(year, governorate, indicator, id), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteEvidence")
            .WithSummary("Owner: removes an evidence file while the item is a draft or returned.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

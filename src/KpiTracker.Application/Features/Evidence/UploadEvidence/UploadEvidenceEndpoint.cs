using KpiTracker.Application.Common.Files;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.Application.Features.Evidence.UploadEvidence;

internal static class UploadEvidenceEndpoint
{
    // Antiforgery is off: API callers authenticate with a bearer token, and the session cookie is SameSite=Lax, so a
    // cross-site form post arrives without it.
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async (int year, string governorate, string indicator, Upload upload, ISender sender, CancellationToken ct) =>
            {
                if (upload.Refusal is { } refused)
                {
                    return refused;
                }

                var file = upload.File;
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
}

using KpiTracker.Application.Common.Files;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.Application.Features.Actions.UploadActionEvidence;

internal static class UploadActionEvidenceEndpoint
{
    // Antiforgery is off, as on the value evidence route: API callers authenticate with a bearer token, and the session
    // cookie is SameSite=Lax, so a cross-site form post arrives without it.
    public static void Map(RouteGroupBuilder actions) =>
        actions.MapPost("/{number:int}/evidence", async (string governorate, int number, Upload upload, ISender sender, CancellationToken ct) =>
            {
                if (upload.Refusal is { } refused)
                {
                    return refused;
                }

                var file = upload.File;
                await using var content = file?.OpenReadStream();
                var command = new UploadActionEvidenceCommand(governorate, number, file?.FileName, file?.Length ?? 0, content);
                return (await sender.Send(command, ct)).ToHttp(e => TypedResults.Created($"/api/governorates/{governorate}/actions/{number}/evidence/{e.Id}", e));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FileRules.MaxRequestBytes))
            .WithName("UploadActionEvidence")
            .WithSummary("Reviewer: attaches evidence of completion to an open action (multipart field 'file'; PDF, PNG, JPEG, XLSX, DOCX or CSV, at most 20 MB, 10 per action).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ActionEvidenceDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}

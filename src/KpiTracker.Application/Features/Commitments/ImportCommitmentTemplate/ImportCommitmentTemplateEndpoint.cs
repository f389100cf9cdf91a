using KpiTracker.Application.Common.Files;
using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.Application.Features.Commitments.ImportCommitmentTemplate;

internal static class ImportCommitmentTemplateEndpoint
{
    // Antiforgery is off as for the entry template's upload: API callers use a bearer token, and the session cookie is SameSite=Lax.
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/{year:int}/commitments/{governorate}/template", async (int year, string governorate, Upload upload, ISender sender, CancellationToken ct) =>
            {
                if (upload.Refusal is { } refused)
                {
                    return refused;
                }

                var file = upload.File;
                await using var content = file?.OpenReadStream();
                return (await sender.Send(new ImportCommitmentTemplateCommand(year, governorate, file?.Length ?? 0, content), ct)).ToHttp();
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(FileRules.MaxRequestBytes))
            .WithName("ImportCommitmentTemplate")
            .WithSummary("Governorate reviewer: proposes the commitments of a filled commitments template (multipart field 'file'), all rows or none; a refusal names each bad cell (field 'M7'). 409 once the next cycle has opened.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<IReadOnlyList<CommitmentDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}

namespace KpiTracker.Application.Features.Submissions.VerifySubmissions;

internal static class VerifySubmissionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cycles/{year:int}/verifications", async (int year, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<VerificationsRequest>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(new VerifySubmissionsCommand(year, body!.Items), ct)).ToHttp();
            })
            .WithTags("Submissions")
            .RequireAuthorization()
            .WithName("VerifySubmissions")
            .WithSummary("Central team: verifies many accepted values at once, all or nothing.")
            .WithDescription(
                "Each item names its governorate, indicator and the version (ETag) read. Every item is verified as the single "
                + "verification does it, with one audit record per item, in one transaction. 409 when any item cannot be verified "
                + "now (changed meanwhile, not accepted, unknown): nothing is verified and `fieldCodes` names each such item as "
                + "`items[i]`. 400 with field errors for an empty list, more than 200 items, a missing field or a repeated item.")
            .Accepts<VerificationsRequest>("application/json")
            .Produces<VerificationsDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record VerificationsRequest(IReadOnlyList<VerificationItem>? Items);
}

namespace KpiTracker.Application.Features.Frameworks.UpdateCriterion;

internal static class UpdateCriterionEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{code}/criteria/{criterion}", async (string code, string criterion, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<CriterionRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new UpdateCriterionCommand(code, criterion, body!.NameAr ?? "", body.NameEn ?? "", body.Weight ?? 0), ct)).ToHttp();
            })
            .WithName("UpdateCriterion")
            .WithSummary("Changes a draft's criterion names and weight.")
            .Accepts<CriterionRequest>("application/json").DisableCookieRedirect()
            .Produces<EditionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record CriterionRequest(string? NameAr, string? NameEn, decimal? Weight);
}

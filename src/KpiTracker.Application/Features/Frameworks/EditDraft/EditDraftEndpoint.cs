namespace KpiTracker.Application.Features.Frameworks.EditDraft;

/// <summary>A draft edition's life: cloned from another, its criteria and indicators changed, then published.</summary>
internal static class EditDraftEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{code}/clone", async (string code, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<CloneRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new CloneEditionCommand(code, body!.NewCode ?? "", body.NameAr, body.NameEn), ct))
                        .ToHttp(e => TypedResults.Created($"/api/frameworks/{e.Code}", e));
            })
            .WithName("CloneEdition")
            .WithSummary("Copies an edition into a new draft under a new code.")
            .Accepts<CloneRequest>("application/json").DisableCookieRedirect()
            .Produces<EditionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

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

        group.MapPut("/{code}/indicators/{indicator}", async (string code, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<IndicatorRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(
                        new UpdateIndicatorCommand(code, indicator, body!.NameAr ?? "", body.NameEn ?? "", body.DefinitionAr, body.DefinitionEn, body.Lower, body.Target, body.Range,
                            body.Weight ?? 1, body.AllowedMin, body.AllowedMax, body.ExpectedMin, body.ExpectedMax, body.MinSurveySample),
                        ct)).ToHttp();
            })
            .WithName("UpdateIndicator")
            .WithSummary("Changes a draft's indicator: names, definitions, L and T or range bounds, ranges, weight, sample size.")
            .Accepts<IndicatorRequest>("application/json").DisableCookieRedirect()
            .Produces<EditionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{code}/publish", async (string code, ISender sender, CancellationToken ct) => (await sender.Send(new PublishEditionCommand(code), ct)).ToHttp())
            .WithName("PublishEdition")
            .WithSummary("Publishes a draft; a published edition never changes again.")
            .Produces<EditionDto>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record CloneRequest(string? NewCode, string? NameAr, string? NameEn);

    internal sealed record CriterionRequest(string? NameAr, string? NameEn, decimal? Weight);

    internal sealed record IndicatorRequest(
        string? NameAr, string? NameEn, string? DefinitionAr, string? DefinitionEn, decimal? Lower, decimal? Target, RangeDto? Range,
        decimal? Weight, decimal? AllowedMin, decimal? AllowedMax, decimal? ExpectedMin, decimal? ExpectedMax, int? MinSurveySample);
}

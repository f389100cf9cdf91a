namespace KpiTracker.Application.Features.Frameworks.UpdateIndicator;

internal static class UpdateIndicatorEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
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

    internal sealed record IndicatorRequest(
        string? NameAr, string? NameEn, string? DefinitionAr, string? DefinitionEn, decimal? Lower, decimal? Target, RangeDto? Range,
        decimal? Weight, decimal? AllowedMin, decimal? AllowedMax, decimal? ExpectedMin, decimal? ExpectedMax, int? MinSurveySample);
}

using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring.WhatIf;

/// <summary>
/// The scorecard as if some indicators had the given values, over the current inputs, with each indicator's headroom in that
/// scenario; computed by the engine, stored nowhere. A value is refused as the entry form refuses it (unknown code, a fraction
/// for a count, outside the allowed range), with the same codes and messages.
/// </summary>
public sealed record WhatIfQuery(int Year, string Governorate, IReadOnlyDictionary<string, decimal> Values) : IQuery<Result<WhatIfDto>>, IRequireAccess
{
    public const int MaxValues = 200;

    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

internal sealed class WhatIfValidator : AbstractValidator<WhatIfQuery>
{
    public WhatIfValidator() =>
        RuleFor(q => q.Values).NotNull().Must(v => v.Count <= WhatIfQuery.MaxValues)
            .WithErrorCode("scoring.what_if.too_many").WithMessage(_ => Messages.Get("scoring.what_if.too_many", WhatIfQuery.MaxValues));
}

internal sealed class WhatIfHandler(AppDbContext db, EditionModels editions) : IQueryHandler<WhatIfQuery, Result<WhatIfDto>>
{
    public async ValueTask<Result<WhatIfDto>> Handle(WhatIfQuery query, CancellationToken cancellationToken)
    {
        if (await WhatIfInputs.LoadAsync(db, editions, query.Year, query.Governorate, cancellationToken) is not { } loaded)
        {
            return AppError.NotFound("scorecard.not_found");
        }

        var (edition, inputs) = loaded;

        if (Refusals(edition.IndicatorsByCode, query.Values) is { Count: > 0 } refusals)
        {
            return AppError.Validation(refusals);
        }

        var scenario = ScenarioComparison.Of(inputs.Framework, inputs.Results, inputs.Kind, query.Values);
        var (now, score) = (scenario.Now, scenario.With);
        var headroom = Domain.Scoring.WhatIf.Headroom(inputs.Framework, inputs.Results, inputs.Kind, query.Values);
        var before = now.Criteria.ToDictionary(c => c.Code, c => c.PublishedScore, StringComparer.Ordinal);
        return new WhatIfDto(
            query.Year,
            query.Governorate,
            inputs.Kind.ToCode(),
            score.PublishedOverall,
            now.PublishedOverall,
            ScoreRounding.Publish(scenario.OverallChange),
            score.Band,
            now.Band,
            score.InsufficientData,
            now.InsufficientData,
            score.Coverage,
            [.. score.Criteria.Select(c => new WhatIfCriterionDto(c.Code, before.GetValueOrDefault(c.Code), c.PublishedScore, c.Band))],
            [.. score.Indicators.Select(i => new WhatIfIndicatorDto(
                i.Code, i.Status.ToCode(), i.Value, i.PublishedScore, i.Light.ToCode(), headroom.TryGetValue(i.Code, out var h) ? ScoreRounding.Publish(h) : null))],
            [.. scenario.Changes.Select(c => new WhatIfChangeDto(
                c.Code, c.ValueFrom, c.ValueTo, ScoreRounding.Publish(c.ScoreFrom), ScoreRounding.Publish(c.ScoreTo), ScoreRounding.Publish(c.ScoreChange)))]);
    }

    /// <summary>Unknown codes, and values the entry form refuses: the entry rules themselves, so the same codes and messages.</summary>
    private static List<FieldError> Refusals(IReadOnlyDictionary<string, Indicator> indicators, IReadOnlyDictionary<string, decimal> values)
    {
        var refusals = new List<FieldError>();
        foreach (var (code, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var field = $"values.{code}";
            if (!indicators.TryGetValue(code, out var indicator))
            {
                refusals.Add(new FieldError(field, "scoring.indicator.unknown", Messages.Get("scoring.indicator.unknown", code)));
            }
            else if (ValueRules.CheckValue(indicator, value, field) is { } refused)
            {
                refusals.Add(new FieldError(field, refused.Code, Messages.Get(refused.Code, refused.Args)));
            }
        }

        return refusals;
    }
}

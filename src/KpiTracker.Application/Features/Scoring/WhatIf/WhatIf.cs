using FluentValidation;
using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Scoring;
using Mediator;

namespace KpiTracker.Application.Features.Scoring.WhatIf;

/// <summary>The scorecard as if some indicators had the given values, over the current inputs; computed by the engine, stored nowhere.</summary>
public sealed record WhatIfQuery(int Year, string Governorate, IReadOnlyDictionary<string, decimal> Values) : IQuery<Result<WhatIfDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

/// <summary>For each indicator, the value that alone would lift the published index to the next band.</summary>
public sealed record NextBandQuery(int Year, string Governorate) : IQuery<Result<NextBandDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

internal sealed class WhatIfValidator : AbstractValidator<WhatIfQuery>
{
    public WhatIfValidator()
    {
        RuleFor(q => q.Values).NotNull().Must(v => v.Count <= 200);
        RuleForEach(q => q.Values).Must(v => v.Key.Length is > 0 and <= 20).WithMessage("indicator code");
    }
}

internal sealed class WhatIfHandler(AppDbContext db, EditionModels editions) : IQueryHandler<WhatIfQuery, Result<WhatIfDto>>, IQueryHandler<NextBandQuery, Result<NextBandDto>>
{
    public async ValueTask<Result<WhatIfDto>> Handle(WhatIfQuery query, CancellationToken cancellationToken)
    {
        var inputs = await LoadAsync(query.Year, query.Governorate, cancellationToken);
        if (inputs is null)
        {
            return AppError.NotFound("scorecard.not_found");
        }

        var known = inputs.Framework.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = query.Values.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return AppError.Validation([.. unknown.Select(k => new FieldError($"values.{k}", "scoring.indicator.unknown", Messages.Get("scoring.indicator.unknown", k)))]);
        }

        var score = Domain.Scoring.WhatIf.Evaluate(inputs.Framework, inputs.Results, inputs.Kind, query.Values);
        return new WhatIfDto(
            query.Year,
            query.Governorate,
            inputs.Kind.ToCode(),
            score.PublishedOverall,
            score.Band,
            score.Coverage,
            [.. score.Criteria.Select(c => new WhatIfCriterionDto(c.Code, c.PublishedScore, c.Band))],
            [.. score.Indicators.Select(i => new WhatIfIndicatorDto(i.Code, i.Status.ToCode(), i.Value, i.PublishedScore, i.Light.ToCode()))]);
    }

    public async ValueTask<Result<NextBandDto>> Handle(NextBandQuery query, CancellationToken cancellationToken)
    {
        var inputs = await LoadAsync(query.Year, query.Governorate, cancellationToken);
        if (inputs is null)
        {
            return AppError.NotFound("scorecard.not_found");
        }

        var plan = Domain.Scoring.WhatIf.RequiredForNextBand(inputs.Framework, inputs.Results, inputs.Kind);
        return new NextBandDto(query.Year, query.Governorate, plan.PublishedOverall, plan.CurrentBand, plan.NextBand, plan.NextBandMinScore,
            [.. plan.Indicators.Select(r => new RequiredValueDto(r.Code, r.Value, r.Score is { } s ? ScoreRounding.Publish(s) : null, r.Reason))]);
    }

    private async Task<UnitInputs?> LoadAsync(int year, string governorate, CancellationToken cancellationToken)
    {
        var cycle = await ScoringScope.ScorableCycleAsync(db, year, cancellationToken);
        if (cycle is null || !(await ScoringScope.GovernoratesAsync(db, cancellationToken)).Contains(governorate))
        {
            return null;
        }

        var edition = await editions.GetAsync(db, cycle.EditionId, cancellationToken);
        return await UnitInputs.LoadAsync(db, cycle, edition, governorate, cancellationToken);
    }
}

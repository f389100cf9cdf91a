using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Scoring;
using CommittedValues = KpiTracker.Application.Features.Commitments.Commitments;

namespace KpiTracker.Application.Features.Actions;

/// <summary>
/// An indicator of a governorate in a cycle as an action would start from it: its light and value now (the engine over the
/// current inputs, as the scorecard and what-if compute them), whether its criterion is below Established, and the expected
/// value the form proposes (<see cref="ActionDefaults"/>). Shared by the draft and the opening of an action.
/// </summary>
internal sealed record ActionCandidate(
    Cycle Cycle,
    Indicator Indicator,
    TrafficLight Light,
    bool CriterionBelowEstablished,
    decimal? Baseline,
    decimal? ExpectedDefault)
{
    public const string EstablishedBand = "established";

    public RuleViolation? Refusal => ImprovementAction.CheckWeak(Light, CriterionBelowEstablished, Baseline);

    public static async Task<Result<ActionCandidate>> LoadAsync(AppDbContext db, EditionModels editions, int year, string governorate, string indicator, CancellationToken cancellationToken)
    {
        if (await WhatIfInputs.LoadAsync(db, editions, year, governorate, cancellationToken) is not { } loaded)
        {
            return AppError.NotFound("scorecard.not_found");
        }

        var (edition, inputs) = loaded;
        if (!edition.IndicatorsByCode.TryGetValue(indicator, out var found))
        {
            return AppError.NotFound("indicator.not_found");
        }

        var cycle = await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == inputs.CycleId, cancellationToken);
        var score = ScoringEngine.Score(inputs.Framework, inputs.Results, inputs.Kind);
        var row = score.Indicators.First(i => i.Code == indicator);
        var criterion = score.Criteria.FirstOrDefault(c => c.Code == row.CriterionCode);
        var established = inputs.Framework.Bands.FirstOrDefault(b => b.Code == EstablishedBand);
        var below = established.Code is not null && criterion?.PublishedScore is { } published && published < established.MinScore;
        var plan = WhatIfInputs.NextBand(year, governorate, edition, inputs);
        var target = found.Range?.TargetLow ?? found.Target;
        var baseline = row.Status == IndicatorStatus.Value ? row.Value : null;
        var commitment = await CommittedValues.ApprovedOrProposedValueAsync(db, year + 1, governorate, indicator, cancellationToken);
        return new ActionCandidate(cycle, found, row.Light, below, baseline, ActionDefaults.Expected(commitment, plan, indicator, target));
    }
}

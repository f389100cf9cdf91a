using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>What the what-if slice and the scorecard page share: a governorate's current inputs, and the next-band plan over them.</summary>
internal static class WhatIfInputs
{
    /// <summary>The edition and this governorate's inputs in an open or closed cycle; null for a planned cycle or an unknown governorate.</summary>
    public static async Task<(EditionModel Edition, UnitInputs Inputs)?> LoadAsync(
        AppDbContext db, EditionModels editions, int year, string governorate, CancellationToken cancellationToken)
    {
        var cycle = await ScoringScope.ScorableCycleAsync(db, year, cancellationToken);
        if (cycle is null || !(await ScoringScope.GovernoratesAsync(db, cancellationToken)).Contains(governorate))
        {
            return null;
        }

        var edition = await editions.GetAsync(db, cycle.EditionId, cancellationToken);
        return (edition, await UnitInputs.LoadAsync(db, cycle, edition, governorate, cancellationToken));
    }

    /// <summary>The current inputs' hash and their next-band plan; null for a planned cycle or an unknown governorate.</summary>
    public static async Task<CurrentPlan?> CurrentPlanAsync(AppDbContext db, EditionModels editions, int year, string governorate, CancellationToken cancellationToken) =>
        await LoadAsync(db, editions, year, governorate, cancellationToken) is { } loaded
            ? new CurrentPlan(loaded.Inputs.Hash(), NextBand(year, governorate, loaded.Edition, loaded.Inputs))
            : null;

    /// <summary>The gap to the next band, the suggested plan, and for each indicator the value that alone would reach it and its headroom.</summary>
    public static NextBandDto NextBand(int year, string governorate, EditionModel edition, UnitInputs inputs)
    {
        var alone = Domain.Scoring.WhatIf.RequiredForNextBand(inputs.Framework, inputs.Results, inputs.Kind, edition.IndicatorsByCode);
        var plan = NextBandPlanner.Suggest(inputs.Framework, inputs.Results, inputs.Kind, edition.IndicatorsByCode);
        return new NextBandDto(
            year,
            governorate,
            alone.PublishedOverall,
            alone.CurrentBand,
            ScoringEngine.Score(inputs.Framework, inputs.Results, inputs.Kind).InsufficientData,
            alone.NextBand,
            alone.NextBandMinScore,
            alone.NextBandMinScore - alone.PublishedOverall,
            new NextBandPlanDto(
                [.. plan.Steps.Select(s => new PlanStepDto(s.Code, s.ValueFrom, s.ValueTo, ScoreRounding.Publish(s.ScoreFrom), ScoreRounding.Publish(s.ScoreTo)))],
                plan.ReachedOverall,
                plan.ReachedBand,
                plan.ReachedInsufficientData,
                plan.Steps.Count == 0 ? null : ScoreRounding.Publish(plan.TotalChange),
                plan.Reason),
            [.. alone.Indicators.Select(r => new RequiredValueDto(r.Code, r.Value, ScoreRounding.Publish(r.Score), r.Reason, ScoreRounding.Publish(r.Headroom)))]);
    }
}

/// <summary>A governorate's next-band plan over its current inputs, with those inputs' hash (a run's narrative states the plan only from the very inputs it read).</summary>
internal sealed record CurrentPlan(string InputHash, NextBandDto Plan);

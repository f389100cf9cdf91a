using KpiTracker.Application.Data.Scoring;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>The engine's numbers as a run: pure functions of the inputs, shared by every way of scoring.</summary>
internal sealed partial class UnitScorer
{
    /// <summary>The run the engine gives for these inputs; a pure function of them but for the id, the time and the trigger.</summary>
    public static ScoreRun Compute(UnitInputs inputs, DateTimeOffset now, string trigger)
    {
        var score = ScoringEngine.Score(inputs.Framework, inputs.Results, inputs.Kind);
        var previous = inputs.Previous;
        var quality = DataQualityIndex.Components(inputs.Quality);
        var run = new ScoreRun
        {
            // Time-ordered (UUID version 7, its first 48 bits the time): a run's rows go to the right-hand end of the primary-key
            // indexes of the runs and their criterion and indicator rows, not to a random page of indexes that grow with every run kept.
            Id = Guid.CreateVersion7(now),
            CycleId = inputs.CycleId,
            Year = inputs.Year,
            OrgUnitCode = inputs.OrgUnitCode,
            Kind = inputs.Kind,
            EditionCode = inputs.EditionCode,
            EngineVersion = EngineVersion,
            Trigger = trigger,
            ComputedAt = now,
            InputHash = inputs.Hash(),
            IsLatest = true,
            Overall = score.Overall,
            PublishedOverall = score.PublishedOverall,
            Band = score.Band,
            Coverage = score.Coverage,
            InsufficientData = score.InsufficientData,
            ValueCount = score.ValueCount,
            ApplicableCount = score.ApplicableCount,
            DeltaOverall = YearOnYear.Delta(score.Overall, previous?.Overall),
            GapClosure = YearOnYear.GapClosure(score.Overall, previous?.Overall),
            Dqi = quality.Index,
            DqiCompleteness = quality.Completeness,
            DqiTimeliness = quality.Timeliness,
            DqiFirstPassAcceptance = quality.FirstPassAcceptance,
            DqiEvidenceReviewed = quality.EvidenceReviewed,
            DqiItemsWithoutOpenFlags = quality.ItemsWithoutOpenFlags,
            LoopScore = LoopScore.Of(inputs.Actions.Select(a => LoopScore.Effect(inputs.Framework, inputs.Results, a.IndicatorCode, a.Baseline, a.Expected))),
            LoopActions = inputs.Actions.Count,
        };
        var order = 0;
        foreach (var c in score.Criteria)
        {
            run.Criteria.Add(new ScoreRunCriterion
            {
                RunId = run.Id,
                Code = c.Code,
                Order = ++order,
                Score = c.Score,
                PublishedScore = c.PublishedScore,
                Band = c.Band,
                ApplicableCount = c.ApplicableCount,
                ValueCount = c.ValueCount,
                Published = c.Published,
                WeightShare = c.WeightShare,
                Delta = YearOnYear.Delta(c.Score, previous?.Criteria.GetValueOrDefault(c.Code)),
            });
        }

        // The engine gives the indicators in the framework's order, so each one's bounds are at the same position.
        var framework = inputs.Framework.Indicators;
        order = 0;
        foreach (var i in score.Indicators)
        {
            var b = framework[order];
            if (!string.Equals(b.Code, i.Code, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The engine returned {i.Code} where the framework has {b.Code}.");
            }

            var range = b.Direction == IndicatorDirection.Range ? b.Range : null;
            run.Indicators.Add(new ScoreRunIndicator
            {
                RunId = run.Id,
                Code = i.Code,
                CriterionCode = i.CriterionCode,
                Order = ++order,
                Status = i.Status,
                Value = i.Value,
                Lower = range?.LowerZero ?? b.Lower,
                Target = range?.TargetLow ?? b.Target,
                TargetHigh = range?.TargetHigh,
                Upper = range?.UpperZero,
                Score = i.Score,
                PublishedScore = i.PublishedScore,
                Achievement = i.Achievement,
                Light = i.Light,
                Counted = i.Counted,
                ContributionToCriterion = i.ContributionToCriterion,
                ContributionToOverall = i.ContributionToOverall,
                Delta = YearOnYear.Delta(i.Score, previous?.Indicators.GetValueOrDefault(i.Code)),
            });
        }

        return run;
    }

    /// <summary>The numbers of two runs agree (ids, times and triggers aside).</summary>
    public static bool SameNumbers(ScoreRun a, ScoreRun b) =>
        a.Overall == b.Overall && a.PublishedOverall == b.PublishedOverall && a.Band == b.Band && a.Coverage == b.Coverage
        && a.InsufficientData == b.InsufficientData && a.DeltaOverall == b.DeltaOverall && a.Dqi == b.Dqi && a.Kind == b.Kind
        && a.LoopScore == b.LoopScore && a.LoopActions == b.LoopActions
        && (a.DqiCompleteness, a.DqiTimeliness, a.DqiFirstPassAcceptance, a.DqiEvidenceReviewed, a.DqiItemsWithoutOpenFlags)
            == (b.DqiCompleteness, b.DqiTimeliness, b.DqiFirstPassAcceptance, b.DqiEvidenceReviewed, b.DqiItemsWithoutOpenFlags)
        && a.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Score, c.Band, c.WeightShare, c.Delta))
            .SequenceEqual(b.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Score, c.Band, c.WeightShare, c.Delta)))
        && a.Indicators.OrderBy(i => i.Order).Select(i => (i.Code, i.Status, i.Value, i.Score, i.ContributionToOverall, i.Delta))
            .SequenceEqual(b.Indicators.OrderBy(i => i.Order).Select(i => (i.Code, i.Status, i.Value, i.Score, i.ContributionToOverall, i.Delta)));
}

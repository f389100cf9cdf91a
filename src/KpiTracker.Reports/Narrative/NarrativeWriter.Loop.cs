using KpiTracker.Domain.Common;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Reports.Narrative;

/// <summary>The improvement loop's sentences (commitments, actions, the plan) and the data quality remarks.</summary>
public static partial class NarrativeWriter
{
    private static void Commitments(Sentences s)
    {
        if (s.Facts.Commitments is not { } c)
        {
            return;
        }

        var met = Sorted(c.Met);
        var notMet = Sorted(c.NotMet);
        var measurable = met.Count + notMet.Count;
        if (measurable > 0)
        {
            s.Add(NarrativeTopic.Commitments,
                [.. met.Concat(notMet).Order(StringComparer.Ordinal).Select(code => new NarrativeReference(NarrativeTarget.Commitment, code, null)),
                 new(NarrativeTarget.Commitment, "met", met.Count), new(NarrativeTarget.Commitment, "measurable", measurable)],
                "narrative.commitments.met",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["met"] = NumberText.Count(met.Count) },
                measurable);
        }

        if (notMet.Count > 0)
        {
            s.Add(NarrativeTopic.Commitments, [.. notMet.Select(code => new NarrativeReference(NarrativeTarget.Commitment, code, null))],
                "narrative.commitments.not_met", new Dictionary<string, string>(StringComparer.Ordinal) { ["codes"] = s.List(notMet) });
        }

        var unmeasured = Sorted(c.NotMeasurable);
        if (unmeasured.Count > 0)
        {
            s.Codes(NarrativeTopic.Commitments, "narrative.commitments.not_measurable", unmeasured, NarrativeTarget.Commitment, withYear: false);
        }
    }

    private static void Actions(Sentences s)
    {
        // No action due: the loop score is not shown (DOMAIN §8), and nothing is said.
        if (s.Facts.Actions is not { Due: > 0, MeanRealisation: { } realisation } a)
        {
            return;
        }

        var codes = Sorted(a.IndicatorCodes);
        var percent = ScoreRounding.Publish(Math.Clamp(realisation, 0, 1) * 100);
        s.Add(NarrativeTopic.Actions,
            [new(NarrativeTarget.Action, "due", a.Due), new(NarrativeTarget.Action, "realisation", percent), .. codes.Select(code => new NarrativeReference(NarrativeTarget.Indicator, code, null))],
            codes.Count > 0 ? "narrative.actions.due_for" : "narrative.actions.due",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["realisation"] = NumberText.Percent(percent), ["codes"] = s.List(codes) },
            a.Due);
    }

    private static void Plan(Sentences s)
    {
        if (s.Facts.Plan is not { Steps.Count: > 0 } plan)
        {
            return;
        }

        var steps = plan.Steps.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var items = steps.Select(p => s.Item("narrative.item.to", p.Code, "value", NumberText.Exact(p.ValueToEnter)));
        s.Add(NarrativeTopic.Plan,
            [new(NarrativeTarget.Band, plan.NextBand.Code, plan.NextBandMinScore), .. steps.Select(p => new NarrativeReference(NarrativeTarget.Indicator, p.Code, p.ValueToEnter)),
             new(NarrativeTarget.Plan, "steps", steps.Count), new(NarrativeTarget.Plan, "overall", plan.ReachedOverall)],
            "narrative.plan",
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["band"] = s.Name(plan.NextBand), ["min"] = NumberText.Score(plan.NextBandMinScore), ["steps"] = s.List(items), ["overall"] = NumberText.Score(plan.ReachedOverall),
            },
            steps.Count);
    }

    private static void Coverage(Sentences s)
    {
        var o = s.Facts.Overall;
        if (o.Coverage is not { } coverage || o.ApplicableCount == 0)
        {
            return;
        }

        var percent = ScoreRounding.Publish(coverage * 100);
        s.Add(NarrativeTopic.Coverage,
            [new(NarrativeTarget.Coverage, "coverage", percent), new(NarrativeTarget.Coverage, "values", o.ValueCount), new(NarrativeTarget.Coverage, "applicable", o.ApplicableCount)],
            o.InsufficientData ? "narrative.coverage.insufficient" : "narrative.coverage",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["coverage"] = NumberText.Percent(percent), ["values"] = NumberText.Count(o.ValueCount) },
            o.ApplicableCount);
    }

    private static void Quality(Sentences s)
    {
        if (s.Facts.Quality is not { } q)
        {
            return;
        }

        // The weakest component; a tie goes to the first in the index's own order.
        (string Code, string Term, decimal Value)[] components =
        [
            ("completeness", "term.completeness", q.Completeness),
            ("timeliness", "term.timeliness", q.Timeliness),
            ("first_pass_acceptance", "term.first_pass_acceptance", q.FirstPassAcceptance),
            ("evidence_reviewed", "term.evidence_reviewed", q.EvidenceReviewed),
            ("items_without_open_flags", "term.no_open_flags", q.ItemsWithoutOpenFlags),
        ];
        var weakest = components.Aggregate((a, b) => b.Value < a.Value ? b : a);
        s.Add(NarrativeTopic.Quality, [new(NarrativeTarget.Quality, "dqi", q.Dqi), new(NarrativeTarget.Quality, weakest.Code, weakest.Value)],
            "narrative.quality",
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["dqi"] = NumberText.Score(q.Dqi), ["component"] = Words.Terms.In(s.Culture, weakest.Term), ["value"] = NumberText.Percent(weakest.Value),
            });
    }

    private static List<string> Sorted(IEnumerable<string> codes) => [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

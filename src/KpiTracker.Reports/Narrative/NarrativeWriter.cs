using System.Globalization;
using KpiTracker.Domain.Common;

namespace KpiTracker.Reports.Narrative;

/// <summary>
/// Writes a scorecard's narrative from its <see cref="NarrativeFacts"/> with fixed templates, never free text. The same facts
/// always give the same sentences: no clock, no dictionary order (every list is sorted, ties broken by code, ordinally), and the
/// numbers are the run's published ones written by <see cref="NumberText"/> in the reader's digits. A sentence whose facts are
/// absent, or that coverage below 2/3 cannot support (the index and its band, comparisons of criteria, the plan), is left out.
/// </summary>
public static partial class NarrativeWriter
{
    /// <summary>How many indicators the gains and the falls each name at most.</summary>
    public const int Largest = 3;

    public static IReadOnlyList<NarrativeSentence> Write(NarrativeFacts facts, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(culture);
        var writer = new Sentences(facts, culture);
        var established = !facts.Overall.InsufficientData;
        if (established)
        {
            Overall(writer);
            CriteriaExtremes(writer);
            CriteriaChanges(writer);
        }

        IndicatorChanges(writer);
        Commitments(writer);
        Actions(writer);
        if (established)
        {
            Plan(writer);
        }

        Coverage(writer);
        Quality(writer);
        return writer.All;
    }

    private static void Overall(Sentences s)
    {
        var o = s.Facts.Overall;
        if (o.Score is not { } score || o.Band is not { } band)
        {
            return;
        }

        List<NarrativeReference> refs = [new(NarrativeTarget.Overall, "overall", score), new(NarrativeTarget.Band, band.Code, null)];
        var slots = new Dictionary<string, string>(StringComparer.Ordinal) { ["score"] = NumberText.Score(score), ["band"] = s.Name(band) };
        var key = "narrative.overall";
        if (o.Delta is { } delta)
        {
            refs.Add(new(NarrativeTarget.Overall, "delta", delta));
            refs.Add(s.PriorCycle);
            slots["change"] = NumberText.Score(Math.Abs(delta));
            slots["year"] = s.PriorYear;
            key = delta > 0 ? "narrative.overall.up" : delta < 0 ? "narrative.overall.down" : "narrative.overall.same";
        }

        s.Add(NarrativeTopic.Overall, refs, key, slots);
    }

    private static void CriteriaExtremes(Sentences s)
    {
        var published = s.Facts.Criteria.Where(c => c.Score is not null).ToList();
        // Ties broken by code: the strongest is the first code among the highest scores, the weakest the first among the lowest.
        var strongest = published.OrderByDescending(c => c.Score).ThenBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault();
        var weakest = published.OrderBy(c => c.Score).ThenBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault();
        if (strongest is null || weakest is null || strongest.Score == weakest.Score)
        {
            return;
        }

        s.Add(NarrativeTopic.CriteriaExtremes,
            [new(NarrativeTarget.Criterion, strongest.Code, strongest.Score), new(NarrativeTarget.Criterion, weakest.Code, weakest.Score)],
            "narrative.criteria.extremes",
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["strongest"] = s.Name(strongest.Name), ["strongest_code"] = strongest.Code, ["strongest_score"] = NumberText.Score(strongest.Score),
                ["weakest"] = s.Name(weakest.Name), ["weakest_code"] = weakest.Code, ["weakest_score"] = NumberText.Score(weakest.Score),
            });
    }

    private static void CriteriaChanges(Sentences s)
    {
        var compared = s.Facts.Criteria.Where(c => c.Score is not null && c.Delta is not null).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        if (compared.Count == 0)
        {
            return;
        }

        s.Codes(NarrativeTopic.CriteriaImproved, "narrative.criteria.improved", [.. compared.Where(c => c.Delta > 0).Select(c => c.Code)], NarrativeTarget.Criterion, withYear: true);
        var fell = compared.Where(c => c.Delta < 0).Select(c => c.Code).ToList();
        if (fell.Count > 0)
        {
            s.Codes(NarrativeTopic.CriteriaFell, "narrative.criteria.fell", fell, NarrativeTarget.Criterion, withYear: true);
        }
    }

    private static void IndicatorChanges(Sentences s)
    {
        var gains = s.Facts.Indicators.Where(i => i.Delta > 0).OrderByDescending(i => i.Delta).ThenBy(i => i.Code, StringComparer.Ordinal).Take(Largest).ToList();
        var falls = s.Facts.Indicators.Where(i => i.Delta < 0).OrderBy(i => i.Delta).ThenBy(i => i.Code, StringComparer.Ordinal).Take(Largest).ToList();
        foreach (var (topic, key, changes) in new[] { (NarrativeTopic.IndicatorGains, "narrative.indicators.gains", gains), (NarrativeTopic.IndicatorFalls, "narrative.indicators.falls", falls) })
        {
            if (changes.Count == 0)
            {
                continue;
            }

            var items = changes.Select(i => s.Item("narrative.item.change", i.Code, "change", NumberText.Change(i.Delta), isolate: true));
            s.Add(topic,
                [.. changes.Select(i => new NarrativeReference(NarrativeTarget.Indicator, i.Code, i.Delta)), s.PriorCycle],
                key,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["items"] = s.List(items), ["year"] = s.PriorYear });
        }
    }
}

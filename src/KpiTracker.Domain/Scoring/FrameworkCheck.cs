using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Domain.Scoring;

/// <summary>A framework the engine cannot score is a caller's bug, so it fails loudly before any number is produced.</summary>
internal static class FrameworkCheck
{
    public static void Ensure(ScoringFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var criteria = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in framework.Criteria)
        {
            Require(criterion.Weight > 0, $"Criterion {criterion.Code}: weight must be positive.");
            Require(criteria.Add(criterion.Code), $"Criterion {criterion.Code} appears twice.");
        }

        var indicators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in framework.Indicators)
        {
            Require(indicator.Weight > 0, $"Indicator {indicator.Code}: weight must be positive.");
            Require(indicators.Add(indicator.Code), $"Indicator {indicator.Code} appears twice.");
            Require(criteria.Contains(indicator.CriterionCode), $"Indicator {indicator.Code}: unknown criterion {indicator.CriterionCode}.");
            if (indicator.Direction == IndicatorDirection.Range)
            {
                _ = IndicatorScoring.RangeOf(indicator);
            }
            else
            {
                _ = IndicatorScoring.LinearBounds(indicator);
            }
        }
    }

    public static Dictionary<string, IndicatorResult> Index(ScoringFramework framework, IReadOnlyList<IndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var known = framework.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var byCode = new Dictionary<string, IndicatorResult>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            Require(known.Contains(result.Code), $"Result for unknown indicator {result.Code}.");
            Require(byCode.TryAdd(result.Code, result), $"Two results for indicator {result.Code}.");
        }

        return byCode;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}

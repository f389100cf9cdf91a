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
            if (criterion.Weight <= 0)
            {
                Fail($"Criterion {criterion.Code}: weight must be positive.");
            }

            if (!criteria.Add(criterion.Code))
            {
                Fail($"Criterion {criterion.Code} appears twice.");
            }
        }

        var indicators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in framework.Indicators)
        {
            if (indicator.Weight <= 0)
            {
                Fail($"Indicator {indicator.Code}: weight must be positive.");
            }

            if (!indicators.Add(indicator.Code))
            {
                Fail($"Indicator {indicator.Code} appears twice.");
            }

            if (!criteria.Contains(indicator.CriterionCode))
            {
                Fail($"Indicator {indicator.Code}: unknown criterion {indicator.CriterionCode}.");
            }

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
        var known = new HashSet<string>(framework.Indicators.Count, StringComparer.Ordinal);
        foreach (var indicator in framework.Indicators)
        {
            known.Add(indicator.Code);
        }

        var byCode = new Dictionary<string, IndicatorResult>(results.Count, StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (!known.Contains(result.Code))
            {
                Fail($"Result for unknown indicator {result.Code}.");
            }

            if (!byCode.TryAdd(result.Code, result))
            {
                Fail($"Two results for indicator {result.Code}.");
            }
        }

        return byCode;
    }

    // The messages are built only on failure: the check runs for every governorate scored, and formatting them each time cost
    // more than the scoring itself.
    private static void Fail(string message) => throw new ArgumentException(message);
}

using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Scoring;

/// <summary>Deterministic random inputs for property tests: the same seed gives the same cases on every machine.</summary>
internal sealed class RandomScorecards(int seed)
{
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public bool Chance(int percent) => _random.Next(100) < percent;

    /// <summary>A decimal with up to four places in [min, max].</summary>
    public decimal Between(decimal min, decimal max) => min + ((max - min) * _random.Next(0, 10_001) / 10_000m);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    /// <summary>The default edition with random criterion and indicator weights.</summary>
    public ScoringFramework Framework()
    {
        decimal[] weights = [0.5m, 1m, 1m, 2m, 3m, 1.25m];
        var fw = SampleFrameworks.Iis2024;
        return fw with
        {
            Criteria = [.. fw.Criteria.Select(c => c with { Weight = Pick(weights) })],
            Indicators = [.. fw.Indicators.Select(i => i with { Weight = Pick(weights) })],
        };
    }

    /// <summary>Mostly accepted values (some beyond L or T, to exercise the caps), some missing, some N/A.</summary>
    public List<IndicatorResult> Results(ScoringFramework fw) =>
    [
        .. fw.Indicators.Select(i => Next(100) switch
        {
            < 70 => IndicatorResult.Accepted(i.Code, Value(i)),
            < 85 => IndicatorResult.Missing(i.Code),
            _ => IndicatorResult.NotApplicable(i.Code),
        }),
    ];

    public decimal Value(ScoringIndicator indicator)
    {
        var (low, high) = indicator.Direction == IndicatorDirection.Range
            ? (indicator.Range!.LowerZero, indicator.Range.UpperZero)
            : (Math.Min(indicator.Lower!.Value, indicator.Target!.Value), Math.Max(indicator.Lower.Value, indicator.Target.Value));
        var margin = (high - low) / 3;
        return Between(low - margin, high + margin);
    }

    public ScoreKind Kind() => Chance(50) ? ScoreKind.Provisional : ScoreKind.Final;
}

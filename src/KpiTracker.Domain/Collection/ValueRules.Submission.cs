namespace KpiTracker.Domain.Collection;

/// <summary>The soft rules, which only warn, and what a submission needs beyond well-formed values.</summary>
public static partial class ValueRules
{
    /// <summary>Outside the expected range; a change from the previous cycle of more than 50 % (previous not 0) or, for percentages and scores, more than 20 points.</summary>
    public static IReadOnlyList<RuleViolation> SoftRules(Indicator indicator, decimal value, decimal? previousValue)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var warnings = new List<RuleViolation>();
        if ((indicator.ExpectedMin is { } emin && value < emin) || (indicator.ExpectedMax is { } emax && value > emax))
        {
            warnings.Add(new RuleViolation("value", "soft.expected_range", Format(value), Bound(indicator.ExpectedMin), Bound(indicator.ExpectedMax)));
        }

        if (previousValue is { } previous)
        {
            var change = value - previous;
            if (previous != 0m && Math.Abs(change) / Math.Abs(previous) > RelativeChangeLimit)
            {
                warnings.Add(new RuleViolation("value", "soft.change_relative", Format(Math.Round(100m * change / Math.Abs(previous), 1, MidpointRounding.AwayFromZero)), Format(previous)));
            }

            if (indicator.Unit is IndicatorUnit.Percent or IndicatorUnit.Score && Math.Abs(change) > PointChangeLimit)
            {
                warnings.Add(new RuleViolation("value", "soft.change_points", Format(change), Format(previous)));
            }
        }

        return warnings;
    }

    /// <summary>What a submission needs beyond well-formed values.</summary>
    public static IReadOnlyList<RuleViolation> CheckComplete(Indicator indicator, EntryValues values, decimal? previousValue, int evidenceCount)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(values);
        var errors = new List<RuleViolation>();
        if (values.Value is not { } value)
        {
            errors.Add(new RuleViolation("value", "value.required"));
        }
        else if (SoftRules(indicator, value, previousValue).Count > 0 && string.IsNullOrWhiteSpace(values.Justification))
        {
            errors.Add(new RuleViolation("justification", "justification.required"));
        }

        if (indicator.Source == SourceType.Survey)
        {
            if (values.SampleSize is null)
            {
                errors.Add(new RuleViolation("sampleSize", "sample.required"));
            }

            if (values.Population is null)
            {
                errors.Add(new RuleViolation("population", "population.required"));
            }
        }

        if (indicator.EvidenceRequired && evidenceCount <= 0)
        {
            errors.Add(new RuleViolation("evidence", "evidence.required"));
        }

        return errors;
    }
}

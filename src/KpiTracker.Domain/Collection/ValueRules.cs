using System.Globalization;

namespace KpiTracker.Domain.Collection;

/// <summary>
/// The data-quality rules of DOMAIN section 5 for one entry, shared by the form, the API and the spreadsheet import.
/// Hard rules refuse the entry field by field, whether it is saved as a draft or submitted. Soft rules only warn; an item
/// with warnings is submitted only with a justification (<see cref="CheckComplete"/>), which also asks for everything a
/// submission needs: the value, the survey's sample and population, and evidence where the indicator requires it.
/// </summary>
public static partial class ValueRules
{
    public const decimal RelativeChangeLimit = 0.5m;
    public const decimal PointChangeLimit = 20m;
    public const int InstrumentMaxLength = 200;
    public const decimal LikertMin = 1m;
    public const decimal LikertMax = 5m;

    public static ValueCheck Check(Indicator indicator, ValueInput input, decimal? previousValue)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<RuleViolation>();
        void Add(RuleViolation? violation)
        {
            if (violation is not null)
            {
                errors.Add(violation);
            }
        }

        Add(DecimalInput.TryParse(input.Value, "value", out var value));
        Add(DecimalInput.TryParse(input.Numerator, "numerator", out var numerator));
        Add(DecimalInput.TryParse(input.Denominator, "denominator", out var denominator));
        Add(DecimalInput.TryParse(input.LikertMean, "likertMean", out var likert));
        Add(DecimalInput.TryParseWhole(input.SampleSize, "sampleSize", out var sample));
        Add(DecimalInput.TryParseWhole(input.Population, "population", out var population));
        Add(DecimalInput.TryParse(input.ResponseRate, "responseRate", out var responseRate));
        errors.AddRange(TextRules.Check(input.Comment, "comment"));
        errors.AddRange(TextRules.Check(input.Justification, "justification"));
        errors.AddRange(TextRules.Check(input.Analysis, "analysis", AnalysisMaxLength));
        errors.AddRange(TextRules.Check(input.Instrument, "instrument", InstrumentMaxLength));

        var isSurvey = indicator.Source == SourceType.Survey;
        var givesRatio = input.Numerator is not null || input.Denominator is not null;
        var forms = (input.Value is not null ? 1 : 0) + (givesRatio ? 1 : 0) + (input.LikertMean is not null ? 1 : 0);
        if (forms > 1)
        {
            errors.Add(new RuleViolation("value", "value.one_form"));
        }
        else if (givesRatio && indicator.Unit != IndicatorUnit.Percent)
        {
            errors.Add(new RuleViolation(input.Numerator is not null ? "numerator" : "denominator", "numerator.not_allowed"));
        }
        else if (input.LikertMean is not null && !(isSurvey && indicator.Unit == IndicatorUnit.Score))
        {
            errors.Add(new RuleViolation("likertMean", "likert.not_allowed"));
        }
        else if (givesRatio)
        {
            value = Ratio(indicator, input, numerator, denominator, errors);
        }
        else if (likert is { } mean)
        {
            if (mean is < LikertMin or > LikertMax)
            {
                errors.Add(new RuleViolation("likertMean", "likert.range", Format(LikertMin), Format(LikertMax)));
            }
            else
            {
                value = Round((mean - 1m) / 4m * 100m);
            }
        }

        if (value is { } v && !errors.Any(e => e.Field is "value" or "numerator" or "denominator" or "likertMean"))
        {
            CheckBounds(indicator, v, errors);
        }

        CheckSurvey(indicator, isSurvey, input, sample, population, responseRate, errors);

        var values = new EntryValues(
            value,
            givesRatio ? numerator : null,
            givesRatio ? denominator : null,
            likert,
            sample,
            population,
            responseRate,
            TextRules.Clean(input.Instrument),
            TextRules.Clean(input.Comment),
            TextRules.Clean(input.Justification))
        {
            Analysis = TextRules.Clean(input.Analysis),
        };
        var warnings = errors.Count == 0 && value is { } checkedValue ? SoftRules(indicator, checkedValue, previousValue) : [];
        return new ValueCheck(errors.Count == 0 ? values : EntryValues.Empty, errors, warnings);
    }

    /// <summary>Whether the indicator takes whole numbers only (counts).</summary>
    public static bool IsWhole(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Unit == IndicatorUnit.Count;
    }

    /// <summary>The hard rules on a value already read as a number: whole where <see cref="IsWhole"/>, within the allowed range; null when it passes.</summary>
    public static RuleViolation? CheckValue(Indicator indicator, decimal value, string field)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (IsWhole(indicator) && value != decimal.Truncate(value))
        {
            return new RuleViolation(field, "value.not_whole");
        }

        if (indicator.AllowedMin is { } min && value < min)
        {
            return new RuleViolation(field, "value.below_min", Format(min));
        }

        return indicator.AllowedMax is { } max && value > max ? new RuleViolation(field, "value.above_max", Format(max)) : null;
    }

    public static string Format(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static decimal Round(decimal value) => Math.Round(value, DecimalInput.MaxDecimals, MidpointRounding.AwayFromZero);

    private static string Bound(decimal? bound) => bound is { } b ? Format(b) : "…";

    private static decimal? Ratio(Indicator indicator, ValueInput input, decimal? numerator, decimal? denominator, List<RuleViolation> errors)
    {
        if (input.Numerator is null)
        {
            errors.Add(new RuleViolation("numerator", "numerator.required"));
        }

        if (input.Denominator is null)
        {
            errors.Add(new RuleViolation("denominator", "denominator.required"));
        }

        if (numerator is not { } n || denominator is not { } d)
        {
            return null;
        }

        var before = errors.Count;
        if (d <= 0m)
        {
            errors.Add(new RuleViolation("denominator", "denominator.not_positive"));
        }

        if (n < 0m && indicator.AllowedMin is not < 0m)
        {
            errors.Add(new RuleViolation("numerator", "numerator.negative"));
        }
        else if (d > 0m && n > d && indicator.AllowedMax == 100m)
        {
            errors.Add(new RuleViolation("numerator", "numerator.exceeds_denominator"));
        }

        return errors.Count == before ? Round(100m * n / d) : null;
    }

    private static void CheckBounds(Indicator indicator, decimal value, List<RuleViolation> errors)
    {
        if (CheckValue(indicator, value, "value") is { } broken)
        {
            errors.Add(broken);
        }
    }

    private static void CheckSurvey(Indicator indicator, bool isSurvey, ValueInput input, int? sample, int? population, decimal? responseRate, List<RuleViolation> errors)
    {
        if (!isSurvey)
        {
            foreach (var (field, given) in new[] { ("sampleSize", input.SampleSize), ("population", input.Population), ("responseRate", input.ResponseRate), ("instrument", input.Instrument) })
            {
                if (given is not null)
                {
                    errors.Add(new RuleViolation(field, "survey.not_allowed"));
                }
            }

            return;
        }

        var minimum = indicator.MinSurveySample ?? IndicatorSpec.DefaultMinSurveySample;
        if (sample is { } s && s < minimum)
        {
            errors.Add(new RuleViolation("sampleSize", "sample.below_min", minimum));
        }

        if (population is { } p && p < 1)
        {
            errors.Add(new RuleViolation("population", "population.not_positive"));
        }
        else if (sample is { } s2 && population is { } p2 && s2 > p2)
        {
            errors.Add(new RuleViolation("sampleSize", "sample.above_population", p2));
        }

        if (responseRate is { } rate && rate is < 0m or > 100m)
        {
            errors.Add(new RuleViolation("responseRate", "response_rate.range"));
        }
    }
}

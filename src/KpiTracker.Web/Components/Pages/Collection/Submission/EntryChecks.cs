using System.Globalization;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Submissions.GetSubmissionPage;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Web.Components.Pages.Collection.Submission;

/// <summary>
/// What entry.js needs to check a value as it is typed: the hard and expected ranges, and the server's own messages for each
/// rule, rendered here in the page's language (the script has no text of its own; the server stays the authority).
/// </summary>
internal sealed class EntryChecks(EntryRules rules)
{
    public Dictionary<string, object> Value()
    {
        var checks = Number();
        checks["data-check"] = "value";
        checks["data-msg-one-form"] = Messages.Get("value.one_form");
        if (rules.AllowedMin is { } min)
        {
            checks["data-min"] = ValueRules.Format(min);
            checks["data-msg-below-min"] = Messages.Get("value.below_min", ValueRules.Format(min));
        }

        if (rules.AllowedMax is { } max)
        {
            checks["data-max"] = ValueRules.Format(max);
            checks["data-msg-above-max"] = Messages.Get("value.above_max", ValueRules.Format(max));
        }

        if (rules.Unit == IndicatorUnit.Count)
        {
            checks["data-whole"] = "true";
            checks["data-msg-not-whole"] = Messages.Get("value.not_whole");
        }

        if (rules.ExpectedMin is not null || rules.ExpectedMax is not null)
        {
            checks["data-expected-min"] = Bound(rules.ExpectedMin);
            checks["data-expected-max"] = Bound(rules.ExpectedMax);
            // {0} stays for the script to fill with the value as the server would write it.
            checks["data-msg-expected"] = Messages.Get("soft.expected_range", "{0}", Bound(rules.ExpectedMin), Bound(rules.ExpectedMax));
        }

        return checks;

        static string Bound(decimal? bound) => bound is { } b ? ValueRules.Format(b) : "…";
    }

    public static Dictionary<string, object> Ratio(string field)
    {
        var checks = Number();
        checks["data-check"] = field;
        if (field == "numerator")
        {
            checks["data-msg-negative"] = Messages.Get("numerator.negative");
            checks["data-msg-exceeds"] = Messages.Get("numerator.exceeds_denominator");
        }
        else
        {
            checks["data-msg-not-positive"] = Messages.Get("denominator.not_positive");
        }

        return checks;
    }

    /// <summary>The messages of a number that cannot be read (DecimalInput's rules).</summary>
    private static Dictionary<string, object> Number() => new()
    {
        ["data-msg-invalid"] = Messages.Get("number.invalid"),
        ["data-msg-not-finite"] = Messages.Get("number.not_finite"),
        ["data-msg-decimals"] = Messages.Get("number.too_many_decimals", DecimalInput.MaxDecimals),
        ["data-msg-out-of-range"] = Messages.Get("number.out_of_range"),
        ["data-decimals"] = DecimalInput.MaxDecimals.ToString(CultureInfo.InvariantCulture),
        ["data-integer-digits"] = DecimalInput.MaxIntegerDigits.ToString(CultureInfo.InvariantCulture),
    };
}

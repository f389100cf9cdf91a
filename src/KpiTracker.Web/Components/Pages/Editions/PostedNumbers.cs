using System.Globalization;
using KpiTracker.Application.Common;
using Microsoft.Extensions.Localization;

namespace KpiTracker.Web.Components.Pages.Editions;

/// <summary>
/// Reads the numbers of a posted form. Browsers send a number input's value with Latin digits and a dot in every language;
/// an empty field is no value, and text that is not a number becomes a field error instead of silently clearing a bound.
/// </summary>
internal sealed class PostedNumbers(Func<string, string> posted, IStringLocalizer<global::KpiTracker.Web.Editions> words)
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public decimal? Decimal(string field)
    {
        var text = posted(field);
        if (text.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _errors.Add(new FieldError(field, "number.invalid", words["Input.NotANumber"]));
        return null;
    }

    public int? Whole(string field)
    {
        var text = posted(field);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _errors.Add(new FieldError(field, "number.whole", words["Input.NotAWholeNumber"]));
        return null;
    }
}

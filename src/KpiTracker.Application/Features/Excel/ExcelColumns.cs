using System.Globalization;

namespace KpiTracker.Application.Features.Excel;

/// <summary>
/// The columns of the template and the export, by stable key (the field names of the API). Headers are written in the
/// caller's language and read back in either language or as the key itself, so a template filled in Arabic imports the same.
/// </summary>
internal static class ExcelColumns
{
    public const string Code = "code";

    /// <summary>The item's version when the template was made (its row version): an import writes a row only if the item is still at it.</summary>
    public const string Version = "version";

    /// <summary>The template: what identifies the indicator and its bounds (read-only), then what the owner enters, then the item's version.</summary>
    public static readonly string[] Template =
    [
        Code, "nameAr", "nameEn", "unit", "allowedMin", "allowedMax", "expectedMin", "expectedMax", "state",
        "value", "numerator", "denominator", "likertMean", "sampleSize", "population", "responseRate", "instrument", "comment", "justification",
        Version,
    ];

    public static readonly string[] Export =
    [
        "year", "governorate", "governorateName", Code, "indicatorName", "unit", "state", "revision",
        "value", "numerator", "denominator", "likertMean", "sampleSize", "population", "responseRate", "instrument", "comment", "justification",
        "analysis", "recommendation", "evidenceCount", "submittedAt", "updatedAt",
    ];

    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("ar"), CultureInfo.GetCultureInfo("en")];

    public static string Header(string key) => Messages.Get("excel.column." + key);

    /// <summary>The column key of the entry template a header names, in either language; null for a column the platform does not know.</summary>
    public static string? KeyOf(string? header) => KeyOf(header, Template);

    /// <summary>The one of <paramref name="keys"/> a header names, in either language or as the key itself; null for any other.</summary>
    public static string? KeyOf(string? header, IReadOnlyList<string> keys)
    {
        var text = header?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return keys.FirstOrDefault(key => string.Equals(key, text, StringComparison.OrdinalIgnoreCase)
                                          || Languages.Any(c => string.Equals(Messages.In(c, "excel.column." + key), text, StringComparison.OrdinalIgnoreCase)));
    }

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
}

using System.Globalization;
using KpiTracker.Domain.Common;

namespace KpiTracker.Reports.Documents;

/// <summary>
/// How numbers, dates and codes are printed: the one convention of every surface (<see cref="NumberText"/>, docs/NUMBERS.md).
/// Latin digits with "." for decimals in both languages (87.4, 87.4%), as Omani government documents print them, unless the
/// reader chose Arabic-Indic digits. Rounding is the API's: one decimal, midpoint away from zero.
/// </summary>
internal static class ReportFormat
{
    public const string Dash = NumberText.Dash;

    public static string Number(decimal? value) => NumberText.Score(value);

    public static string Percent(decimal? value) => NumberText.Percent(value);

    public static string Signed(decimal? value) => value is null ? Dash : Isolate(NumberText.Change(value));

    public static string SignedInteger(int? value) => value is not { } v ? Dash : Isolate(NumberText.Change(v));

    public static string Integer(int value) => NumberText.Plain(value);

    /// <summary>Value with its unit, in the unit's precision (<see cref="NumberText.Value"/>): "87.4%", "8.0 days", "4 no."; null → em dash.</summary>
    public static string ValueWithUnit(decimal? value, string unit, Domain.Frameworks.IndicatorUnit kind)
    {
        if (value is null)
        {
            return Dash;
        }

        if (kind == Domain.Frameworks.IndicatorUnit.Percent || unit == "%")
        {
            return NumberText.Percent(value);
        }

        var number = NumberText.Value(value, kind);
        return string.IsNullOrWhiteSpace(unit) ? number : number + " " + unit;
    }

    /// <summary>A moment on Muscat's clock (the conversion is the Domain's <see cref="Domain.Collection.MuscatTime"/>).</summary>
    public static string MuscatTime(DateTimeOffset value) =>
        Isolate(NumberText.DigitsOf(Domain.Collection.MuscatTime.ToMuscat(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));

    /// <summary>
    /// Wraps a left-to-right token (date, hash) in a bidi isolate so that inside Arabic text its digit groups keep
    /// their order instead of being read as Arabic numbers.
    /// </summary>
    public static string Isolate(string text) => "\u2066" + text + "\u2069";

    /// <summary>
    /// Wraps text a user typed (an edition's name, a band's name: Arabic or Latin) in a first-strong isolate, so inside the
    /// sentence of the other direction it keeps its own order and does not pull the words around it out of theirs.
    /// </summary>
    public static string FirstStrong(string text) => "\u2068" + text + "\u2069";

    /// <summary>The first 16 hex characters of the input hash in groups of four.</summary>
    public static string VerificationCode(string inputHash)
    {
        var hex = new string((inputHash ?? string.Empty).Where(Uri.IsHexDigit).Take(16).ToArray()).ToUpperInvariant();
        return Isolate(string.Join("-", Enumerable.Range(0, (hex.Length + 3) / 4).Select(i => hex.Substring(i * 4, Math.Min(4, hex.Length - (i * 4))))));
    }
}

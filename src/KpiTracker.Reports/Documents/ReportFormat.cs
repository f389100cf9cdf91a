using System.Globalization;

namespace KpiTracker.Reports.Documents;

/// <summary>
/// How numbers, dates and codes are printed. Both languages use Latin digits and "." as the decimal separator
/// (87.4, 87.4%), as Omani government documents do, so one rule serves both and extraction finds "87.4" in either.
/// Rounding is the API's: one decimal, midpoint away from zero.
/// </summary>
internal static class ReportFormat
{
    public const string Dash = "—";

    public static string Number(decimal? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : Dash;

    public static string Percent(decimal? value) => value is null ? Dash : Number(value) + "%";

    public static string Signed(decimal? value)
    {
        if (value is not { } v)
        {
            return Dash;
        }

        var rounded = Math.Round(v, 1, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("0.0", CultureInfo.InvariantCulture);
        return Isolate(rounded > 0 ? "+" + text : rounded < 0 ? "-" + text : text);
    }

    public static string SignedInteger(int? value) =>
        value is not { } v ? Dash : Isolate(v > 0 ? "+" + v.ToString(CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture));

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Value with its unit: "87.4%" for percentages, "8.0 days" otherwise; null → em dash.</summary>
    public static string ValueWithUnit(decimal? value, string unit)
    {
        if (value is null)
        {
            return Dash;
        }

        var number = Number(value);
        return string.IsNullOrWhiteSpace(unit) ? number : unit == "%" ? number + "%" : number + " " + unit;
    }

    /// <summary>A moment on Muscat's clock (the conversion is the Domain's <see cref="Domain.Collection.MuscatTime"/>).</summary>
    public static string MuscatTime(DateTimeOffset value) =>
        Isolate(Domain.Collection.MuscatTime.ToMuscat(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

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

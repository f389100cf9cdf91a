using System.Globalization;

namespace KpiTracker.Domain.Common;

/// <summary>
/// The one number convention of every surface (screens, PDFs, messages, form fields; docs/NUMBERS.md). Latin digits with "."
/// for decimals and "," for thousands in both languages, as the PDFs and Omani government publications print them; a fixed
/// precision per kind of number (scores one decimal, percentages one decimal glued to "%", counts none); rounding midpoint
/// away from zero, as the API's. A user who chose Arabic-Indic digits (<see cref="Current"/>, set per request) gets the same
/// text in ٠–٩ with "٫" for decimals, "٬" for thousands and "٪".
/// </summary>
public static class NumberText
{
    public const string Dash = "—";

    private const string Minus = "\u2212";

    private static readonly AsyncLocal<Digits> Ambient = new();

    /// <summary>The digits of whoever the current request (or render) is for; Latin unless set.</summary>
    public static Digits Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    private static bool Indic => Current == Digits.ArabicIndic;

    /// <summary>An index, a score, a median, a weight in points, a DQI: one decimal ("71.9").</summary>
    public static string Score(decimal? value) => value is { } v ? Localise(Round(v, 1).ToString("#,0.0", CultureInfo.InvariantCulture)) : Dash;

    /// <summary>A change with its sign, one decimal ("+1.2", "−0.4", "0.0").</summary>
    public static string Change(decimal? value)
    {
        if (value is not { } v)
        {
            return Dash;
        }

        var rounded = Round(v, 1);
        var text = Score(Math.Abs(rounded));
        return rounded > 0 ? "+" + text : rounded < 0 ? Minus + text : text;
    }

    /// <summary>A whole-number change with its sign ("+2", "−1", "0").</summary>
    public static string Change(int value) => value > 0 ? "+" + Count(value) : value < 0 ? Minus + Count(-(long)value) : Count(0);

    /// <summary>A percentage given in points (28.57 → "28.6%"): one decimal, the sign glued after the number in both languages.</summary>
    public static string Percent(decimal? points) => points is { } p ? Score(p) + PercentSign : Dash;

    /// <summary>The percent sign in the user's digits: "%", or "٪" with Arabic-Indic digits.</summary>
    public static string PercentSign => Indic ? "\u066A" : "%";

    /// <summary>A share from 0 to 1 as a percentage (0.2857 → "28.6%"): coverage, completeness, DQI components.</summary>
    public static string Share(decimal? share) => Percent(share * 100);

    /// <summary>A count: whole, with thousands grouped ("1,234"). Plural messages pass their number through this.</summary>
    public static string Count(long value) => Localise(value.ToString("#,0", CultureInfo.InvariantCulture));

    /// <summary>A year or another number read as a name (2026): no grouping.</summary>
    public static string Plain(long value) => Localise(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An exact number (an entered value, a weight, a threshold): as stored, up to 6 decimals, no trailing zeros ("1,234.5").</summary>
    public static string Exact(decimal? value) => value is { } v ? Localise(v.ToString("#,0.######", CultureInfo.InvariantCulture)) : Dash;

    /// <summary>
    /// An indicator's value in its unit's precision: a percentage or a score one decimal, working days one decimal, a count whole
    /// (one decimal only when it is not whole, so no count prints as "4.0" and none is hidden by rounding).
    /// </summary>
    public static string Value(decimal? value, IndicatorUnit unit) => value switch
    {
        null => Dash,
        { } v when unit == IndicatorUnit.Percent => Percent(v),
        { } v when unit == IndicatorUnit.Count => Round(v, 1) == decimal.Truncate(Round(v, 1)) ? Count((long)Round(v, 0)) : Score(v),
        { } v => Score(v),
    };

    /// <summary>A number as written back into a form field: exact, no grouping, in the user's digits, so what is shown can be sent back.</summary>
    public static string? Input(decimal? value) => value is { } v ? Field(v.ToString("0.############################", CultureInfo.InvariantCulture)) : null;

    /// <summary>A whole number for a form field, in the user's digits.</summary>
    public static string? Input(int? value) => value is { } v ? Field(v.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>
    /// A message argument: whole numbers as <see cref="Plain"/>, decimals as <see cref="Exact"/>, a number already written
    /// invariantly (a range limit, "100") in the user's digits, anything else (a code, a name) as it is.
    /// </summary>
    public static object Argument(object? value) => value switch
    {
        int or long or short => Plain(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        decimal d => Exact(d),
        string text when Indic && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) => Field(text),
        _ => value ?? "",
    };

    /// <summary>
    /// Puts the user's digits into text already written in Latin digits (a date, a time, a code's number); separators stay as
    /// they are, so "7 Dec 2026, 14:05" keeps its comma.
    /// </summary>
    public static string DigitsOf(string text)
    {
        if (!Indic || string.IsNullOrEmpty(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiDigit(source[i]) ? (char)('\u0660' + (source[i] - '0')) : source[i];
            }
        });
    }

    /// <summary>A number written in invariant form ("1,234.5") in the user's digits and separators ("١٬٢٣٤٫٥").</summary>
    private static string Localise(string invariant) =>
        Indic ? DigitsOf(invariant).Replace('.', '\u066B').Replace(',', '\u066C').Replace("-", Minus, StringComparison.Ordinal) : invariant.Replace("-", Minus, StringComparison.Ordinal);

    /// <summary>A field's text keeps the ASCII minus, which every keyboard types.</summary>
    private static string Field(string invariant) => Indic ? DigitsOf(invariant).Replace('.', '\u066B') : invariant;

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}

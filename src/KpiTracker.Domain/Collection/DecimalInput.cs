using System.Globalization;
using System.Text;

namespace KpiTracker.Domain.Collection;

/// <summary>
/// Reads a number as typed or sent (a decimal string or the text of a JSON number) without binary floating point:
/// optional sign, digits, an optional point and decimals, an optional exponent. Arabic-Indic digits and the Arabic decimal
/// separator are read as their ASCII equivalents; thousands separators are not accepted. NaN and infinities, more than
/// <see cref="MaxDecimals"/> decimals (trailing zeros do not count) and more than <see cref="MaxIntegerDigits"/> integer
/// digits are refused, so every accepted number fits the store exactly.
/// </summary>
public static class DecimalInput
{
    public const int MaxDecimals = 6;
    public const int MaxIntegerDigits = 14;

    private static readonly string[] NotFinite = ["nan", "+nan", "-nan", "infinity", "+infinity", "-infinity", "inf", "+inf", "-inf", "∞", "+∞", "-∞"];

    /// <summary>Null text is no value (not an error); anything else is either a number or one violation on <paramref name="field"/>.</summary>
    public static RuleViolation? TryParse(string? text, string field, out decimal? value)
    {
        value = null;
        if (text is null)
        {
            return null;
        }

        var s = Normalise(text.Trim());
        if (s.Length == 0)
        {
            return new RuleViolation(field, "number.empty");
        }

        if (NotFinite.Contains(s, StringComparer.OrdinalIgnoreCase))
        {
            return new RuleViolation(field, "number.not_finite");
        }

        if (!TrySplit(s, out var negative, out var integer, out var fraction, out var exponentText))
        {
            return new RuleViolation(field, "number.invalid");
        }

        var digits = (integer + fraction).TrimStart('0');
        if (digits.Length == 0)
        {
            value = 0m;
            return null;
        }

        // A long exponent on a non-zero number is out of range whatever its sign: 1e309 too big, 1e-400 too many decimals.
        if (exponentText.TrimStart('+', '-').TrimStart('0').Length > 4)
        {
            return new RuleViolation(field, exponentText.StartsWith('-') ? "number.too_many_decimals" : "number.out_of_range", MaxDecimals);
        }

        var exponent = exponentText.Length == 0 ? 0 : int.Parse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var scale = fraction.Length - exponent;
        while (scale > 0 && digits[^1] == '0')
        {
            digits = digits[..^1];
            scale--;
        }

        if (scale > MaxDecimals)
        {
            return new RuleViolation(field, "number.too_many_decimals", MaxDecimals);
        }

        var integerDigits = digits.Length - scale;
        if (integerDigits > MaxIntegerDigits)
        {
            return new RuleViolation(field, "number.out_of_range");
        }

        if (scale < 0)
        {
            digits += new string('0', -scale);
            scale = 0;
        }

        var plain = scale == 0 ? digits : digits.PadLeft(scale + 1, '0').Insert(Math.Max(digits.Length, scale + 1) - scale, ".");
        var parsed = decimal.Parse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        value = negative ? -parsed : parsed;
        return null;
    }

    /// <summary>A whole number in the range of <see cref="int"/>, such as a sample size.</summary>
    public static RuleViolation? TryParseWhole(string? text, string field, out int? value)
    {
        value = null;
        if (TryParse(text, field, out var number) is { } broken)
        {
            return broken;
        }

        if (number is not { } n)
        {
            return null;
        }

        if (n != decimal.Truncate(n))
        {
            return new RuleViolation(field, "number.not_whole");
        }

        if (n is > int.MaxValue or < int.MinValue)
        {
            return new RuleViolation(field, "number.out_of_range");
        }

        value = (int)n;
        return null;
    }

    private static string Normalise(string s)
    {
        if (s.All(char.IsAscii))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                '\u066B' => '.',
                '\u2212' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static bool TrySplit(string s, out bool negative, out string integer, out string fraction, out string exponent)
    {
        (negative, integer, fraction, exponent) = (false, "", "", "");
        var i = 0;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            i++;
        }

        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        integer = s[start..i];
        if (i < s.Length && s[i] == '.')
        {
            start = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            fraction = s[start..i];
            if (fraction.Length == 0)
            {
                return false;
            }
        }

        if (integer.Length == 0 && fraction.Length == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            start = ++i;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            var digitsStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == digitsStart)
            {
                return false;
            }

            exponent = s[start..i];
        }

        return i == s.Length;
    }
}

using System.Globalization;
using System.Resources;

namespace KpiTracker.Application.Common;

/// <summary>
/// User-facing messages by stable code, in the current UI culture (Arabic or English). Resources/Messages.resx (English) and
/// Messages.ar.resx are the catalogue of error codes: a code is a lower snake case key with dots (<c>submission.stale</c>),
/// raised as a literal where the rule lives and given its message here. MessageCatalogueTests keeps the catalogue whole:
/// both languages for every key, a message for every code raised, and no key that nothing raises or shows.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new("KpiTracker.Application.Resources.Messages", typeof(Messages).Assembly);

    public static string Get(string code, params object[] args)
    {
        // The message's own numbers ("12.5", "2/3") and its number arguments in the user's digits (docs/NUMBERS.md).
        var template = Localised(Resources.GetString(code, CultureInfo.CurrentUICulture) ?? code);
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, [.. args.Select(NumberText.Argument)]);
    }

    public static string In(CultureInfo culture, string code, params object[] args)
    {
        var template = Resources.GetString(code, culture) ?? code;
        return args.Length == 0 ? template : string.Format(culture, template, args);
    }

    /// <summary>The template's own digits in the user's digits; the placeholders ({0}) stay as they are.</summary>
    private static string Localised(string template)
    {
        if (NumberText.Current == Digits.Latin)
        {
            return template;
        }

        var parts = template.Split('{');
        for (var i = 0; i < parts.Length; i++)
        {
            var close = i == 0 ? -1 : parts[i].IndexOf('}', StringComparison.Ordinal);
            parts[i] = parts[i][..(close + 1)] + NumberText.DigitsOf(parts[i][(close + 1)..]);
        }

        return string.Join('{', parts);
    }

    public static bool Has(string code) => Resources.GetString(code, CultureInfo.InvariantCulture) is not null;
}

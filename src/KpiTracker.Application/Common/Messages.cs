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
        var template = Resources.GetString(code, CultureInfo.CurrentUICulture) ?? code;
        return args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, [.. args.Select(NumberText.Argument)]);
    }

    public static string In(CultureInfo culture, string code, params object[] args)
    {
        var template = Resources.GetString(code, culture) ?? code;
        return args.Length == 0 ? template : string.Format(culture, template, args);
    }

    public static bool Has(string code) => Resources.GetString(code, CultureInfo.InvariantCulture) is not null;
}

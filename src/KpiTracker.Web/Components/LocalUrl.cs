using System.Text;

namespace KpiTracker.Web.Components;

/// <summary>
/// Keeps redirects on this site: only a path starting with a single "/" is followed, and never one with control characters.
/// Characters outside ASCII (an Arabic word in a query) are percent-encoded, as a Location header must be.
/// </summary>
internal static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);

    public static string OrHome(string? url) => IsLocal(url) ? Encoded(url!) : "/";

    /// <summary>True when a return address was given but cannot be followed because of control characters.</summary>
    public static bool HasControlCharacters(string? url) => url is not null && url.Any(char.IsControl);

    private static string Encoded(string url)
    {
        if (url.All(char.IsAscii))
        {
            return url;
        }

        var text = new StringBuilder(url.Length * 2);
        foreach (var rune in url.EnumerateRunes())
        {
            text.Append(rune.IsAscii ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        }

        return text.ToString();
    }
}

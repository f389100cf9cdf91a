namespace KpiTracker.Web.Components;

/// <summary>Keeps redirects on this site: only a path starting with a single "/" is followed.</summary>
internal static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}

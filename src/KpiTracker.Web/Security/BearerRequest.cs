namespace KpiTracker.Web.Security;

/// <summary>The <c>Authorization: Bearer</c> header, its scheme read case-insensitively as HTTP says (RFC 9110 §11.1).</summary>
internal static class BearerRequest
{
    private const string Scheme = "Bearer";

    public static bool Is(HttpRequest request) => TokenOf(request) is not null;

    public static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString().AsSpan().Trim();
        if (header.Length <= Scheme.Length || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header[Scheme.Length] != ' ')
        {
            return null;
        }

        var token = header[Scheme.Length..].Trim();
        return token.IsEmpty ? null : token.ToString();
    }
}

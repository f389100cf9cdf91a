using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace KpiTracker.Application.Common;

/// <summary>
/// Versions of an object on the wire: sent as a strong entity tag (<c>ETag: "1234"</c>) and with the body's
/// <c>version</c>; a write names the version it read in <c>If-Match</c>, and a stale one is answered 409.
/// </summary>
public static class ETags
{
    public static string Format(uint version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version a write is based on; <c>If-Match: *</c> means "whatever is current" and gives null.</summary>
    public static (uint? Version, AppError? Error) ReadIfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return (null, new AppError(ErrorKind.PreconditionRequired, "version.required", Messages.Get("version.required"), []));
        }

        if (header == "*")
        {
            return (null, null);
        }

        if (EntityTagHeaderValue.TryParseStrictList([header], out var tags) && tags.Count == 1
            && uint.TryParse(tags[0].Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return (version, null);
        }

        return (null, AppError.Validation([new FieldError("If-Match", "version.invalid", Messages.Get("version.invalid"))]));
    }

    public static void Set(HttpResponse response, uint version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = Format(version);
    }
}

using KpiTracker.Application.Common;

namespace KpiTracker.Web.Security;

/// <summary>
/// Cross-site request forgery on the API. A browser sends the sign-in cookie with any request to this host, a foreign page's
/// too, so an unsafe <c>/api</c> request (POST, PUT, PATCH, DELETE) that the cookie authenticates must show it comes from our
/// own pages: the header <c>X-Kpi-Request</c> (which a foreign page cannot add without a CORS preflight we never grant), and
/// neither an <c>Origin</c> other than this host's nor a <c>Sec-Fetch-Site</c> of another site. Bearer-token calls carry their
/// credential themselves and are exempt. Refused with 403 <c>csrf_refused</c>.
/// </summary>
internal static partial class CrossSiteGuard
{
    public const string Header = "X-Kpi-Request";

    /// <summary>Runs after authentication: only a request the cookie actually authenticates needs the proof.</summary>
    public static IApplicationBuilder UseKpiCrossSiteGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsProof(context) && !(context.Request.Headers.ContainsKey(Header) && IsSameOrigin(context.Request)))
        {
            Refused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CrossSiteGuard)), context.Request.Method, context.Request.Path);
            var error = new AppError(ErrorKind.Forbidden, "csrf_refused", Messages.Get("csrf_refused"), []);
            await ResultHttp.Problem(error).ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    /// <summary>
    /// False when the browser says the request comes from another origin: an <c>Origin</c> that is not this host's, or a
    /// <c>Sec-Fetch-Site</c> of <c>cross-site</c> or <c>same-site</c>. Behind a proxy the scheme and host are the public ones
    /// once the forwarded headers are applied.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }

    private static bool NeedsProof(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.Request.Path.StartsWithSegments("/api")
        && !BearerRequest.Is(context.Request)
        && context.User.Identity?.IsAuthenticated == true;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A cookie-authenticated {Method} {Path} came without proof of our own origin; refused with 403.")]
    private static partial void Refused(ILogger logger, string method, string path);
}

namespace KpiTracker.Web.Hosting.Edge;

/// <summary>
/// Headers on every answer, pages and API alike: a Content-Security-Policy that allows only the app's own scripts, styles,
/// fonts and images and no framing; no MIME sniffing; no referrer beyond the origin; and <c>Cache-Control: no-store</c> on
/// what a signed-in caller reads from the API, so a shared cache or the browser's back button never keeps it.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The pages use no inline script or style (their scripts are files under wwwroot), so the policy needs no exception.</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// The two tool pages that are not ours, the API reference viewer (Scalar, which boots with an inline script) and the jobs
    /// dashboard (Hangfire, administrators only), may use inline script and style; they still may not be framed.
    /// </summary>
    public const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static void UseKpiSecurityHeaders(this WebApplication app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var tool = context.Request.Path.StartsWithSegments("/scalar") || context.Request.Path.StartsWithSegments("/jobs");
                headers.ContentSecurityPolicy = tool ? ReferencePolicy : PagePolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                if (context.Request.Path.StartsWithSegments("/api") && context.User.Identity?.IsAuthenticated == true)
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}

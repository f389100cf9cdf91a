using Microsoft.AspNetCore.Localization;

namespace KpiTracker.Web.Hosting;

/// <summary>The language switch: remembers the choice in the standard culture cookie for a year and goes back to the page.</summary>
internal static class CultureSwitch
{
    public const string Path = "/culture";

    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (string? lang, string? returnUrl, HttpContext http) =>
            {
                var culture = KpiTrackerHost.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == lang) ?? KpiTrackerHost.Cultures[0];
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps });
                return TypedResults.LocalRedirect(Components.LocalUrl.OrHome(returnUrl));
            })
            .ExcludeFromDescription()
            .AllowAnonymous();
}

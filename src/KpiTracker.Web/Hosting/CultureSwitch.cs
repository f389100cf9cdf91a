using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Arabic and English: how a request's culture is chosen, and the language switch, which remembers the choice in the standard
/// culture cookie for a year and goes back to the page.
/// </summary>
internal static class CultureSwitch
{
    public const string Path = "/culture";

    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("ar"), CultureInfo.GetCultureInfo("en")];

    public static void UseKpiCultures(this WebApplication app) =>
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Pages are Arabic unless the user chose English (the cookie); API clients choose with Accept-Language.
            var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider { Options = o };
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(c => c.Request.Path.StartsWithSegments("/api")
                    ? acceptLanguage.DetermineProviderCultureResult(c)
                    : Task.FromResult<ProviderCultureResult?>(null)),
            ];
        });

    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (string? lang, string? returnUrl, HttpContext http) =>
            {
                var culture = Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == lang) ?? Cultures[0];
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps });
                return TypedResults.LocalRedirect(Components.LocalUrl.OrHome(returnUrl));
            })
            .ExcludeFromDescription()
            .AllowAnonymous();
}

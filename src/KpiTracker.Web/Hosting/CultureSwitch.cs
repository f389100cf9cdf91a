using System.Globalization;
using KpiTracker.Domain.Common;
using KpiTracker.Application.Common;
using Microsoft.AspNetCore.Localization;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Arabic and English: how a request's culture is chosen, and the language switch, which remembers the choice in the standard
/// culture cookie for a year and goes back to the page.
/// </summary>
internal static class CultureSwitch
{
    public const string Path = "/culture";

    public static readonly CultureInfo[] Cultures = [WithPointDecimals("ar"), WithPointDecimals("en")];

    /// <summary>
    /// The language's culture with docs/NUMBERS.md's number format: "." for decimals, "," for thousands, "%" after the number, the
    /// ASCII minus. "ar" would otherwise print 71٫9 in Latin digits, which reads as 71ر9; .NET never substitutes digits, so the
    /// Arabic-Indic choice is <see cref="NumberText"/>'s.
    /// </summary>
    private static CultureInfo WithPointDecimals(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        var invariant = CultureInfo.InvariantCulture.NumberFormat;
        var numbers = culture.NumberFormat;
        numbers.NumberDecimalSeparator = numbers.PercentDecimalSeparator = numbers.CurrencyDecimalSeparator = invariant.NumberDecimalSeparator;
        numbers.NumberGroupSeparator = numbers.PercentGroupSeparator = numbers.CurrencyGroupSeparator = invariant.NumberGroupSeparator;
        numbers.PercentSymbol = invariant.PercentSymbol;
        numbers.PercentPositivePattern = 1;
        numbers.PercentNegativePattern = 1;
        numbers.NegativeSign = invariant.NegativeSign;
        numbers.PositiveSign = invariant.PositiveSign;
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>
    /// The signed-in user's digits (<see cref="DigitsClaim"/>, read with the session by <c>SessionValidator</c>) for everything the
    /// request writes: pages, PDFs, messages. After authentication; an async step, so the choice ends with the request.
    /// </summary>
    public static void UseKpiDigits(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            NumberText.Current = context.User.HasClaim(DigitsClaim, nameof(Digits.ArabicIndic)) ? Digits.ArabicIndic : Digits.Latin;
            await next(context);
        });

    /// <summary>The claim the session check adds when the user reads Arabic-Indic digits.</summary>
    public const string DigitsClaim = "kpi:digits";

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
        app.MapGet(Path, IResult (string? lang, string? returnUrl, HttpContext http) =>
            {
                if (Components.LocalUrl.HasControlCharacters(returnUrl))
                {
                    return ResultHttp.Problem(AppError.Validation([new FieldError("returnUrl", "return_url.invalid", Messages.Get("return_url.invalid"))]));
                }

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

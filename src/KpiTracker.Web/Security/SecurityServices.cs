using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Web.Security;

internal static class SecurityServices
{
    public const string SmartScheme = "cookie-or-bearer";
    public const string CentralOrAdmin = "central-or-admin";

    public static void AddKpiSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = context =>
                BearerRequest.Is(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/forbidden";
                o.Cookie.Name = "kpi.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // Secure in every real deployment (the proxy serves HTTPS), so the cookie never travels in clear; only the plain-HTTP
                // hosts of development and of the test suites ("Testing") send it as the request came.
                o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")
                    ? CookieSecurePolicy.SameAsRequest
                    : CookieSecurePolicy.Always;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    // The API answers with status codes; only pages are redirected to the sign-in page.
                    OnRedirectToLogin = c => ApiAware(c, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = c => ApiAware(c, StatusCodes.Status403Forbidden),
                    OnSigningIn = CookieSessions.OnSigningInAsync,
                };
            })
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = TimeSpan.FromDays(14);
                // The handler itself only reads "Bearer " as written; the scheme is case-insensitive (RFC 9110).
                o.Events.OnMessageReceived = c =>
                {
                    c.Token = BearerRequest.TokenOf(c.Request);
                    return Task.CompletedTask;
                };
            });
        services.AddScoped<IClaimsTransformation, SessionValidator>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();

        services.AddAuthorizationBuilder()
            .AddPolicy(CentralOrAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new RoleRequirement(Domain.Access.Role.CentralTeam, Domain.Access.Role.Administrator)));
        services.AddScoped<IAuthorizationHandler, RoleRequirementHandler>();
        services.AddCascadingAuthenticationState();
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

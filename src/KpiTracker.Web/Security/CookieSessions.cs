using System.Security.Claims;
using KpiTracker.Application.Data.Identity;
using KpiTracker.Application.Features.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KpiTracker.Web.Security;

/// <summary>
/// Every cookie sign-in opens a server-side session whose id the cookie carries, so signing out (or the session's absolute
/// lifetime) ends that cookie wherever a copy of it is. Hooked on the cookie's own signing-in event, so each path that issues
/// the cookie gets one.
/// </summary>
internal static class CookieSessions
{
    public static async Task OnSigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || !Guid.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId))
        {
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var session = await sessions.StartAsync(userId, SessionKind.Cookie, context.HttpContext.RequestAborted);
        foreach (var old in identity.FindAll(SessionClaims.SessionId).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(SessionClaims.SessionId, session.Id.ToString()));
    }
}

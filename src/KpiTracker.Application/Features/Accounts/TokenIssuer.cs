using System.Security.Claims;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Accounts;

/// <summary>
/// Issues bearer tokens with the same protectors ASP.NET Core's bearer-token handler reads. Every token names its session;
/// each refresh token is recorded (<see cref="IssuedRefreshToken"/>) so it can be used once, and none outlives its session.
/// </summary>
/// <remarks>
/// Token lifetimes follow the bearer scheme's own clock (the one that checks them); what is left of the session is measured on
/// the sessions' clock, the one the session is checked on (the same clock outside tests).
/// </remarks>
public sealed class TokenIssuer(SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> options, SessionStore sessions, AppDbContext db)
{
    /// <summary>Signs the user in on a new token session (a new refresh-token family).</summary>
    public async Task<TokenResponse> IssueAsync(AppUser user)
    {
        var session = await sessions.StartAsync(user.Id, SessionKind.Token);
        var tokens = await IssueAsync(user, session);
        await db.SaveChangesAsync();
        return tokens;
    }

    /// <summary>The next tokens of <paramref name="session"/>; the new refresh token's record is added, for the caller to save.</summary>
    public async Task<TokenResponse> IssueAsync(AppUser user, UserSession session)
    {
        var bearer = options.Get(IdentityConstants.BearerScheme);
        var now = (bearer.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var today = sessions.Now;
        var left = session.AbsoluteExpiresAt - today;
        var accessExpires = now + Shorter(bearer.BearerTokenExpiration, left);
        var record = new IssuedRefreshToken { SessionId = session.Id, IssuedAt = today, ExpiresAt = today + Shorter(bearer.RefreshTokenExpiration, left) };
        db.RefreshTokens.Add(record);

        var principal = await signIn.CreateUserPrincipalAsync(user);
        principal.Identities.First().AddClaim(new Claim(SessionClaims.SessionId, session.Id.ToString()));
        var refreshPrincipal = new ClaimsPrincipal(principal.Identities.Select(i => i.Clone()));
        refreshPrincipal.Identities.First().AddClaim(new Claim(SessionClaims.RefreshTokenId, record.Id.ToString()));
        var access = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = accessExpires }, $"{IdentityConstants.BearerScheme}:AccessToken");
        var refresh = new AuthenticationTicket(
            refreshPrincipal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + (record.ExpiresAt - today) }, $"{IdentityConstants.BearerScheme}:RefreshToken");
        return new TokenResponse(
            "Bearer",
            bearer.BearerTokenProtector.Protect(access),
            (long)(accessExpires - now).TotalSeconds,
            accessExpires,
            bearer.RefreshTokenProtector.Protect(refresh));
    }

    public AuthenticationTicket? ReadRefreshToken(string refreshToken) => options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

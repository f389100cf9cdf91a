using System.Security.Claims;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Accounts;

/// <summary>Issues bearer tokens with the same protectors ASP.NET Core's bearer-token handler reads.</summary>
/// <remarks>Token lifetimes follow the bearer scheme's own clock (the one that checks them), not the application's business clock.</remarks>
public sealed class TokenIssuer(SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> options)
{
    public async Task<TokenResponse> IssueAsync(AppUser user)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return Issue(principal);
    }

    public TokenResponse Issue(ClaimsPrincipal principal)
    {
        var bearer = options.Get(IdentityConstants.BearerScheme);
        var now = (bearer.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var accessExpires = now + bearer.BearerTokenExpiration;
        var access = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = accessExpires }, $"{IdentityConstants.BearerScheme}:AccessToken");
        var refresh = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + bearer.RefreshTokenExpiration }, $"{IdentityConstants.BearerScheme}:RefreshToken");
        return new TokenResponse(
            "Bearer",
            bearer.BearerTokenProtector.Protect(access),
            (long)bearer.BearerTokenExpiration.TotalSeconds,
            accessExpires,
            bearer.RefreshTokenProtector.Protect(refresh));
    }

    public AuthenticationTicket? ReadRefreshToken(string refreshToken) => options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
}

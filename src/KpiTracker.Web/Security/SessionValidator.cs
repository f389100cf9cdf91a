using System.Security.Claims;
using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiTracker.Web.Security;

/// <summary>
/// Checks every authenticated request, cookie or bearer token alike, against the account and the session as they are now: a
/// deactivated account, one whose security stamp changed (password, roles), a session that was signed out or revoked, or one
/// past its absolute lifetime is treated as signed out. One query reads the account and its session together.
/// </summary>
internal sealed class SessionValidator(AppDbContext db, IOptions<IdentityOptions> identity, SessionStore sessions) : IClaimsTransformation
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private ClaimsPrincipal? _checked;
    private ClaimsPrincipal? _result;

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return principal;
        }

        if (ReferenceEquals(principal, _checked))
        {
            return _result!;
        }

        var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var sessionId = SessionClaims.SessionIdOf(principal) ?? Guid.Empty;
        var now = sessions.Now;
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.IsActive,
                u.SecurityStamp,
                u.ArabicIndicDigits,
                SessionLive = db.Sessions.Any(s => s.Id == sessionId && s.UserId == id && s.RevokedAt == null && s.AbsoluteExpiresAt > now),
            })
            .FirstOrDefaultAsync();
        _checked = principal;
        _result = account is { IsActive: true, SessionLive: true } && stamp is not null && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal)
            ? principal
            : Anonymous;
        if (account is { ArabicIndicDigits: true } && ReferenceEquals(_result, principal))
        {
            // The digits preference is read with the session, so a change applies from the user's next request.
            principal.AddIdentity(new ClaimsIdentity([new Claim(Hosting.CultureSwitch.DigitsClaim, nameof(Domain.Common.Digits.ArabicIndic))]));
        }

        return _result;
    }
}

using System.Security.Claims;
using KpiTracker.Application.Data.Identity;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Accounts;

/// <summary>How long a session may last however active it is: <c>Kpi:Sessions:AbsoluteLifetime</c> (12 hours by default).</summary>
public sealed class SessionOptions
{
    public const string Section = "Kpi:Sessions";

    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The clock sessions are opened and checked on; the application's own when null (tests set one of their own).</summary>
    public TimeProvider? TimeProvider { get; set; }
}

/// <summary>The claims that tie a cookie or a token to its <see cref="UserSession"/> and a refresh token to its record.</summary>
public static class SessionClaims
{
    public const string SessionId = "kpi:sid";

    public const string RefreshTokenId = "kpi:rt";

    public static Guid? SessionIdOf(ClaimsPrincipal principal) => IdOf(principal, SessionId);

    public static Guid? IdOf(ClaimsPrincipal principal, string claim) => Guid.TryParse(principal.FindFirstValue(claim), out var id) ? id : null;
}

/// <summary>Opens sessions; what checks them is <c>Web/Security/SessionValidator</c>. <see cref="Now"/> is the sessions' clock.</summary>
public sealed class SessionStore(AppDbContext db, TimeProvider clock, IOptions<SessionOptions> options)
{
    private static readonly TimeSpan KeptAfterEnd = TimeSpan.FromDays(1);

    public DateTimeOffset Now => (options.Value.TimeProvider ?? clock).GetUtcNow();

    public async Task<UserSession> StartAsync(Guid userId, SessionKind kind, CancellationToken cancellationToken = default)
    {
        var now = Now;
        // A user's sessions that ended a while ago serve nothing: each sign-in clears them (their refresh tokens go with them).
        var ended = now - KeptAfterEnd;
        await db.Sessions.Where(s => s.UserId == userId && (s.AbsoluteExpiresAt < ended || s.RevokedAt < ended)).ExecuteDeleteAsync(cancellationToken);
        var session = new UserSession { UserId = userId, Kind = kind, CreatedAt = now, AbsoluteExpiresAt = now + options.Value.AbsoluteLifetime };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }
}

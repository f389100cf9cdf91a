namespace KpiTracker.Application.Data.Identity;

/// <summary>How a session was opened: the web UI's cookie, or an API client's access and refresh tokens.</summary>
public enum SessionKind
{
    Cookie,
    Token,
}

/// <summary>
/// One sign-in, cookie or token, held on the server: its cookie or access tokens carry its id, and a request is refused once
/// it is revoked (sign-out, a reused refresh token) or past its absolute expiry, however recently it slid. A token session is
/// also its refresh-token family: every refresh token it issued is a <see cref="IssuedRefreshToken"/> of it.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid UserId { get; init; }

    public SessionKind Kind { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset AbsoluteExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Why it ended early: <c>signed_out</c>, <c>refresh_reused</c>, <c>account_changed</c>.</summary>
    public string? RevokedReason { get; private set; }

    public bool IsLiveAt(DateTimeOffset now) => RevokedAt is null && now < AbsoluteExpiresAt;

    /// <summary>Ends the session; the first reason stays.</summary>
    public void Revoke(DateTimeOffset at, string reason)
    {
        if (RevokedAt is null)
        {
            RevokedAt = at;
            RevokedReason = reason;
        }
    }
}

/// <summary>
/// One refresh token, known by its id (the token itself is sealed by Data Protection and carries the id). Each is good for one
/// refresh: using it sets <see cref="UsedAt"/> and issues the next of the same session; presenting it again revokes the session.
/// </summary>
public sealed class IssuedRefreshToken
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid SessionId { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>Never later than the session's absolute expiry.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; init; }
}

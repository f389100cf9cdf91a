using System.Text.Json;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Accounts.RefreshToken;

/// <summary>
/// Trades a refresh token for the next tokens of its session. Each refresh token is good once: presenting one already used
/// (a copy in someone else's hands, or the client's own replay) ends its session, so every newer token of the family dies too,
/// and is audited (<c>auth.refresh_reused</c>). A revoked or absolutely expired session, a deactivated account or one whose
/// password or roles changed is refused. Refusals are audited and must stay so: the command commits its own writes
/// (<see cref="IOwnUnitsOfWork"/>).
/// </summary>
public sealed record RefreshTokenCommand(string RefreshToken) : ICommand<Result<TokenResponse>>, IAnonymousMessage, IOwnUnitsOfWork;

internal sealed class RefreshTokenHandler(TokenIssuer tokens, SignInManager<AppUser> signIn, AuditWriter audit, SignInThrottle throttle, AppDbContext db, SessionStore sessions)
    : ICommandHandler<RefreshTokenCommand, Result<TokenResponse>>
{
    public async ValueTask<Result<TokenResponse>> Handle(RefreshTokenCommand command, CancellationToken cancellationToken)
    {
        if (throttle.AttemptRefresh(command.RefreshToken) is { } tooMany)
        {
            return tooMany;
        }

        var ticket = tokens.ReadRefreshToken(command.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || expires <= TimeProvider.System.GetUtcNow()
            || SessionClaims.SessionIdOf(ticket.Principal) is not { } sessionId
            || SessionClaims.IdOf(ticket.Principal, SessionClaims.RefreshTokenId) is not { } tokenId)
        {
            return Refused();
        }

        var now = sessions.Now;
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !session.IsLiveAt(now))
        {
            await audit.WriteAsync("auth.refresh_refused", "user", ticket.Principal.Identity?.Name, Detail(session is null ? "no_session" : "session_ended"), cancellationToken);
            return Refused();
        }

        // One statement claims the token, so of two refreshes racing with the same token exactly one wins.
        var claimed = await db.RefreshTokens.Where(t => t.Id == tokenId && t.SessionId == sessionId && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            var reused = await db.RefreshTokens.AnyAsync(t => t.Id == tokenId && t.SessionId == sessionId && t.UsedAt != null, cancellationToken);
            if (reused)
            {
                session.Revoke(now, "refresh_reused");
            }

            await audit.WriteAsync(reused ? "auth.refresh_reused" : "auth.refresh_refused", "user", ticket.Principal.Identity?.Name, Detail(reused ? "reused" : "expired"), cancellationToken);
            return Refused();
        }

        var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
        if (user is null || !user.IsActive)
        {
            session.Revoke(now, "account_changed");
            await audit.WriteAsync("auth.refresh_refused", "user", ticket.Principal.Identity?.Name, Detail("account_changed"), cancellationToken);
            return Refused();
        }

        var next = await tokens.IssueAsync(user, session);
        await audit.WriteAsync("auth.refreshed", "user", user.UserName, Detail("ok"), cancellationToken);
        return next;
    }

    private static AppError Refused() => new(ErrorKind.Unauthenticated, "auth.refresh_invalid", Messages.Get("auth.refresh_invalid"), []);

    private static string Detail(string outcome) => JsonSerializer.Serialize(new { outcome });
}

using System.Text.Json;
using KpiTracker.Application.Common.Auditing;

namespace KpiTracker.Application.Features.Accounts.SignOut;

/// <summary>
/// Ends the caller's own session (<paramref name="SessionId"/>, read from the caller's cookie or token, never from a body): the
/// cookie, access tokens and refresh tokens of that session are refused from the next request on. Audited as
/// <c>auth.signed_out</c>. The page's sign-out and <c>POST /api/auth/sign-out</c> both send it.
/// </summary>
public sealed record SignOutCommand(Guid? SessionId) : ICommand<Result<bool>>, ISelfMessage;

internal sealed class SignOutHandler(AppDbContext db, ICurrentUser user, AuditWriter audit, SessionStore sessions) : ICommandHandler<SignOutCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(SignOutCommand command, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == command.SessionId && s.UserId == user.UserId, cancellationToken);
        session?.Revoke(sessions.Now, "signed_out");
        var kind = session is null ? null : session.Kind.ToCode();
        await audit.WriteAsync("auth.signed_out", "user", user.UserName, JsonSerializer.Serialize(new { session = kind }), cancellationToken);
        return true;
    }
}

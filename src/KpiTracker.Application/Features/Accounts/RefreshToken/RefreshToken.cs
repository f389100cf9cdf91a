using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Accounts.RefreshToken;

/// <summary>
/// Trades a refresh token for new tokens, unless the account was deactivated or its password or roles changed since. A refusal
/// is audited and must stay so, so the command commits its own write (<see cref="IOwnUnitsOfWork"/>).
/// </summary>
public sealed record RefreshTokenCommand(string RefreshToken) : ICommand<Result<TokenResponse>>, IAnonymousMessage, IOwnUnitsOfWork;

internal sealed class RefreshTokenHandler(TokenIssuer tokens, SignInManager<AppUser> signIn, AuditWriter audit, SignInThrottle throttle)
    : ICommandHandler<RefreshTokenCommand, Result<TokenResponse>>
{
    public async ValueTask<Result<TokenResponse>> Handle(RefreshTokenCommand command, CancellationToken cancellationToken)
    {
        if (throttle.AttemptRefresh(command.RefreshToken) is { } tooMany)
        {
            return tooMany;
        }

        var ticket = tokens.ReadRefreshToken(command.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || expires <= TimeProvider.System.GetUtcNow())
        {
            return Refused();
        }

        var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
        if (user is null || !user.IsActive)
        {
            await audit.WriteAsync("auth.refresh_refused", "user", ticket.Principal.Identity?.Name, null, cancellationToken);
            return Refused();
        }

        return await tokens.IssueAsync(user);
    }

    private static AppError Refused() => new(ErrorKind.Unauthenticated, "auth.refresh_invalid", Messages.Get("auth.refresh_invalid"), []);
}

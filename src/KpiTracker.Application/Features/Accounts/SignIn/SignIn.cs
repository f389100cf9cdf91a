using System.Text.Json;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Accounts.SignIn;

public enum SignInMode
{
    /// <summary>The web UI: an authentication cookie is issued on the current response.</summary>
    Cookie,

    /// <summary>API clients: an access token and a refresh token are returned.</summary>
    Token,
}

/// <summary>
/// One sign-in rule for every path: attempts counted per address and account (<see cref="SignInThrottle"/>), password check,
/// lockout after 5 failures for 15 minutes, inactive accounts refused, all audited. A refused sign-in still writes (the failed attempt towards the lockout, and its audit record), so the command
/// commits its own writes (<see cref="IOwnUnitsOfWork"/>) rather than being rolled back with its refusal.
/// </summary>
public sealed record SignInCommand(string UserName, string Password, SignInMode Mode) : ICommand<Result<TokenResponse?>>, IAnonymousMessage, IOwnUnitsOfWork;

internal sealed class SignInHandler(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    AuditWriter audit,
    TokenIssuer tokens,
    SignInThrottle throttle) : ICommandHandler<SignInCommand, Result<TokenResponse?>>
{
    public async ValueTask<Result<TokenResponse?>> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        if (throttle.Attempt(command.UserName) is { } tooMany)
        {
            return tooMany;
        }

        var user = await users.FindByNameAsync(command.UserName.Trim());
        if (user is null)
        {
            await audit.WriteAsync("auth.sign_in_failed", "user", command.UserName.Trim(), Detail("unknown_user", command.Mode), cancellationToken);
            return Failed("auth.invalid");
        }

        if (!user.IsActive)
        {
            await audit.WriteAsync("auth.sign_in_failed", "user", user.UserName, Detail("inactive", command.Mode), cancellationToken);
            return Failed("auth.invalid");
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var result = await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.WriteAsync(wasLocked ? "auth.sign_in_failed" : "auth.locked_out", "user", user.UserName, Detail("locked_out", command.Mode), cancellationToken);
            return Failed("auth.locked_out");
        }

        if (!result.Succeeded)
        {
            await audit.WriteAsync("auth.sign_in_failed", "user", user.UserName, Detail("wrong_password", command.Mode), cancellationToken);
            return Failed("auth.invalid");
        }

        await audit.WriteAsync("auth.sign_in", "user", user.UserName, Detail("ok", command.Mode), cancellationToken);
        if (command.Mode == SignInMode.Cookie)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            return Result<TokenResponse?>.Success(null);
        }

        return await tokens.IssueAsync(user);
    }

    private static AppError Failed(string code) => new(ErrorKind.Unauthenticated, code, Messages.Get(code), []);

    private static string Detail(string outcome, SignInMode mode) => JsonSerializer.Serialize(new { outcome, path = mode == SignInMode.Cookie ? "cookie" : "token" });
}

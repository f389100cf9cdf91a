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
/// One sign-in rule for every path: attempts counted per user name and per address (<see cref="SignInThrottle"/>), password
/// check, lockout after 5 failures for 15 minutes, inactive accounts refused, all audited. Every refusal reads the same
/// (<c>auth.invalid</c>) and costs the same: an unknown, inactive or locked account has its password checked against a decoy
/// hash of the same cost, so neither the answer nor its time tells which names exist or are locked. A name no account can
/// have (too long, control or invisible characters) is answered 400 and still audited, cleaned and cut short. A refused
/// sign-in still writes (the failed attempt towards the lockout, and its audit record), so the command commits its own
/// writes (<see cref="IOwnUnitsOfWork"/>) rather than being rolled back with its refusal.
/// </summary>
public sealed record SignInCommand(string UserName, string Password, SignInMode Mode) : ICommand<Result<TokenResponse?>>, IAnonymousMessage, IOwnUnitsOfWork;

internal sealed class SignInHandler(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    AuditWriter audit,
    TokenIssuer tokens,
    SignInThrottle throttle) : ICommandHandler<SignInCommand, Result<TokenResponse?>>
{
    /// <summary>The longest user name the identity store keeps.</summary>
    public const int NameMax = 256;

    // A hash of a random password, made once with the same hasher and cost as real ones: the decoy unknown names are checked against.
    private static string? _decoyHash;

    public async ValueTask<Result<TokenResponse?>> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        if (throttle.Attempt(command.UserName) is { } tooMany)
        {
            return tooMany;
        }

        var name = command.UserName.Trim();
        if (IdentityText.Check(name, "userName", NameMax) is not null)
        {
            CheckDecoy(command.Password);
            await audit.WriteAsync("auth.sign_in_failed", "user", IdentityText.ForAudit(name), Detail("invalid_name", command.Mode), cancellationToken);
            return new AppError(ErrorKind.Validation, "auth.user_name.invalid", Messages.Get("auth.user_name.invalid"), []);
        }

        var user = await users.FindByNameAsync(name);
        if (user is null || !user.IsActive)
        {
            CheckDecoy(command.Password);
            var (key, outcome) = user is null ? (IdentityText.ForAudit(name), "unknown_user") : (user.UserName, "inactive");
            await audit.WriteAsync("auth.sign_in_failed", "user", key, Detail(outcome, command.Mode), cancellationToken);
            return Failed();
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Identity answers a locked account without hashing; the decoy keeps the time of a real check.
            CheckDecoy(command.Password);
            await audit.WriteAsync("auth.sign_in_failed", "user", user.UserName, Detail("locked_out", command.Mode), cancellationToken);
            return Failed();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.WriteAsync("auth.locked_out", "user", user.UserName, Detail("locked_out", command.Mode), cancellationToken);
            return Failed();
        }

        if (!result.Succeeded)
        {
            await audit.WriteAsync("auth.sign_in_failed", "user", user.UserName, Detail("wrong_password", command.Mode), cancellationToken);
            return Failed();
        }

        await audit.WriteAsync("auth.sign_in", "user", user.UserName, Detail("ok", command.Mode), cancellationToken);
        if (command.Mode == SignInMode.Cookie)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            return Result<TokenResponse?>.Success(null);
        }

        return await tokens.IssueAsync(user);
    }

    private static AppError Failed() => new(ErrorKind.Unauthenticated, "auth.invalid", Messages.Get("auth.invalid"), []);

    private static string Detail(string outcome, SignInMode mode) => JsonSerializer.Serialize(new { outcome, path = mode == SignInMode.Cookie ? "cookie" : "token" });

    private void CheckDecoy(string password)
    {
        var hasher = users.PasswordHasher;
        var decoy = new AppUser();
        _decoyHash ??= hasher.HashPassword(decoy, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        _ = hasher.VerifyHashedPassword(decoy, _decoyHash, password);
    }
}

using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Accounts.ChangePassword;

/// <summary>
/// The signed-in user changes their own password; the security stamp changes, so their other sessions and tokens end. The
/// current password is guarded like a sign-in: attempts are rate limited per user, and a wrong one counts towards the lockout
/// (5 failures lock the account for 15 minutes, audited), so a stolen session cannot be used to guess it. Those failures must
/// stay written although the command is refused, so it commits its own writes (<see cref="IOwnUnitsOfWork"/>).
/// </summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Result<bool>>, ISelfMessage, IOwnUnitsOfWork;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
        RuleFor(c => c.NewPassword).AcceptablePassword("newPassword");
    }
}

internal sealed class ChangePasswordHandler(UserManager<AppUser> users, ICurrentUser current, SignInThrottle throttle, AuditWriter audit)
    : ICommandHandler<ChangePasswordCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(current.UserId.ToString()!);
        if (user is null)
        {
            return AppError.NotFound();
        }

        if (throttle.AttemptPasswordChange(user.Id) is { } tooMany)
        {
            return tooMany;
        }

        if (await users.IsLockedOutAsync(user))
        {
            await audit.WriteAsync("auth.password_change_failed", "user", user.UserName, """{"outcome":"locked_out"}""", cancellationToken);
            return new AppError(ErrorKind.Forbidden, "auth.locked_out", Messages.Get("auth.locked_out"), []);
        }

        if (!await users.CheckPasswordAsync(user, command.CurrentPassword))
        {
            await users.AccessFailedAsync(user);
            var locked = await users.IsLockedOutAsync(user);
            await audit.WriteAsync(locked ? "auth.locked_out" : "auth.password_change_failed", "user", user.UserName, """{"outcome":"wrong_password","path":"password_change"}""", cancellationToken);
            return AppError.Validation([new FieldError("currentPassword", "password.current_wrong", Messages.Get("password.current_wrong"))]);
        }

        await users.ResetAccessFailedCountAsync(user);
        if (string.Equals(command.CurrentPassword, command.NewPassword, StringComparison.Ordinal))
        {
            return AppError.Validation([new FieldError("newPassword", "password.reused", Messages.Get("password.reused"))]);
        }

        var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        return result.Succeeded
            ? true
            : AppError.Validation([.. result.Errors.Select(e => new FieldError("newPassword", e.Code, e.Description))]);
    }
}

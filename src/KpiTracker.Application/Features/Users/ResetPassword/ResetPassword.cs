using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Users.ResetPassword;

/// <summary>
/// Sets a new password for a user (who forgot theirs); their sessions and tokens end. Not one's own (403
/// <c>user.own_password_reset</c>: the own password is changed with the current one, <c>POST /api/me/password</c>), and an
/// administrator's only by an administrator (403 <c>user.reset_needs_administrator</c>).
/// </summary>
public sealed record ResetPasswordCommand(string UserName, string NewPassword) : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator() =>
        RuleFor(c => c.NewPassword).AcceptablePassword("newPassword");
}

internal sealed class ResetPasswordHandler(AppDbContext db, UserManager<AppUser> users, ICurrentUser current) : ICommandHandler<ResetPasswordCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(command.UserName);
        if (user is null)
        {
            return AppError.NotFound("user.not_found");
        }

        if (await RefusalAsync(user, cancellationToken) is { } refused)
        {
            return refused;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, command.NewPassword);
        if (!result.Succeeded)
        {
            return AppError.Validation([.. result.Errors.Select(e => new FieldError("newPassword", e.Code, e.Description))]);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return await UserReads.ByIdAsync(db, user.Id, cancellationToken);
    }

    private async Task<AppError?> RefusalAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.Id == current.UserId)
        {
            return new AppError(ErrorKind.Forbidden, "user.own_password_reset", Messages.Get("user.own_password_reset"), []);
        }

        var targetIsAdministrator = await db.Assignments.AnyAsync(a => a.UserId == user.Id && a.Role == Role.Administrator, cancellationToken);
        var callerIsAdministrator = current.IsSystem || (await current.GetGrantsAsync(cancellationToken)).Any(g => g.Role == Role.Administrator);
        return targetIsAdministrator && !callerIsAdministrator
            ? new AppError(ErrorKind.Forbidden, "user.reset_needs_administrator", Messages.Get("user.reset_needs_administrator"), [])
            : null;
    }
}

using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Users.ResetPassword;

/// <summary>Sets a new password for a user (who forgot theirs); their sessions and tokens end.</summary>
public sealed record ResetPasswordCommand(string UserName, string NewPassword) : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator() =>
        RuleFor(c => c.NewPassword).AcceptablePassword("newPassword");
}

internal sealed class ResetPasswordHandler(AppDbContext db, UserManager<AppUser> users) : ICommandHandler<ResetPasswordCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(command.UserName);
        if (user is null)
        {
            return AppError.NotFound("user.not_found");
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
}

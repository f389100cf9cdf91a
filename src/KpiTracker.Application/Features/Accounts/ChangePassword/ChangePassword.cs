using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Accounts.ChangePassword;

/// <summary>The signed-in user changes their own password; the security stamp changes, so their other sessions and tokens end.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Result<bool>>, ISelfMessage;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
        RuleFor(c => c.NewPassword).AcceptablePassword("newPassword");
    }
}

internal sealed class ChangePasswordHandler(UserManager<AppUser> users, ICurrentUser current) : ICommandHandler<ChangePasswordCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(current.UserId.ToString()!);
        if (user is null)
        {
            return AppError.NotFound();
        }

        var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code == "PasswordMismatch") ? "currentPassword" : "newPassword";
            return AppError.Validation([.. result.Errors.Select(e => e.Code == "PasswordMismatch"
                ? new FieldError(field, "password.current_wrong", Messages.Get("password.current_wrong"))
                : new FieldError(field, e.Code, e.Description))]);
        }

        return true;
    }
}

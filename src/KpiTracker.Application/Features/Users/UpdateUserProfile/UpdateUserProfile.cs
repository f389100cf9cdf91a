using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Users.UpdateUserProfile;

/// <summary>Changes a user's display name and e-mail address (where reminders and notices are mailed when SMTP is set up).</summary>
public sealed record UpdateUserProfileCommand(string UserName, string DisplayName, string? Email) : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class UpdateUserProfileValidator : AbstractValidator<UpdateUserProfileCommand>
{
    public UpdateUserProfileValidator()
    {
        RuleFor(c => c.DisplayName).ValidDisplayName();
        When(c => !string.IsNullOrEmpty(c.Email), () => RuleFor(c => c.Email).ValidOptionalEmail());
    }
}

internal sealed class UpdateUserProfileHandler(AppDbContext db, UserManager<AppUser> users) : ICommandHandler<UpdateUserProfileCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(UpdateUserProfileCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(command.UserName);
        if (user is null)
        {
            return AppError.NotFound("user.not_found");
        }

        var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
        user.DisplayName = command.DisplayName.Trim();
        if (!string.Equals(user.Email, email, StringComparison.Ordinal))
        {
            user.Email = email;
            user.NormalizedEmail = email is null ? null : users.NormalizeEmail(email);
            user.EmailConfirmed = false;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await UserReads.ByIdAsync(db, user.Id, cancellationToken);
    }
}

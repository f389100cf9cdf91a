using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Users.SetUserActive;

/// <summary>
/// Activates or deactivates an account; deactivation ends every session and token of the user at once. Asking for the state
/// the account is in already is a no-op.
/// </summary>
public sealed record SetUserActiveCommand(string UserName, bool Active, string? Reason) : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class SetUserActiveValidator : AbstractValidator<SetUserActiveCommand>
{
    public SetUserActiveValidator() => RuleFor(c => c.Reason).ValidReason();
}

internal sealed class SetUserActiveHandler(AppDbContext db, UserManager<AppUser> users, ICurrentUser current, AuditContext audit)
    : ICommandHandler<SetUserActiveCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(SetUserActiveCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(command.UserName);
        if (user is null)
        {
            return AppError.NotFound("user.not_found");
        }

        if (!command.Active && user.Id == current.UserId)
        {
            return AppError.Validation([new FieldError("userName", "user.cannot_deactivate_self", Messages.Get("user.cannot_deactivate_self"))]);
        }

        // Asking for the state the account is already in changes nothing: no new security stamp (sessions go on), no record.
        if (user.IsActive == command.Active)
        {
            return await UserReads.ByIdAsync(db, user.Id, cancellationToken);
        }

        audit.Reason = command.Reason?.Trim();
        user.IsActive = command.Active;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        return await UserReads.ByIdAsync(db, user.Id, cancellationToken);
    }
}

using FluentValidation;
using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Application.Data.Identity;
using KpiTracker.Domain.Access;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Users;

/// <summary>Activates or deactivates an account; deactivation ends every session and token of the user at once.</summary>
public sealed record SetUserActiveCommand(string UserName, bool Active, string? Reason) : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

/// <summary>Sets a new password for a user (who forgot theirs); their sessions and tokens end.</summary>
public sealed record ResetPasswordCommand(string UserName, string NewPassword) : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

/// <summary>Replaces a user's roles and scopes; their sessions and tokens end so the new rights apply at once.</summary>
public sealed record SetAssignmentsCommand(string UserName, IReadOnlyList<AssignmentDto> Assignments) : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

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

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator() =>
        RuleFor(c => c.NewPassword).AcceptablePassword("newPassword");
}

internal sealed class ManageUserHandler(AppDbContext db, UserManager<AppUser> users, ICurrentUser current, TimeProvider clock, Common.Auditing.AuditContext audit)
    : ICommandHandler<SetUserActiveCommand, Result<UserDto>>,
      ICommandHandler<ResetPasswordCommand, Result<UserDto>>,
      ICommandHandler<SetAssignmentsCommand, Result<UserDto>>,
      ICommandHandler<UpdateUserProfileCommand, Result<UserDto>>
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
        return await ReadAsync(user.Id, cancellationToken);
    }

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

        audit.Reason = command.Reason;
        user.IsActive = command.Active;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        return await ReadAsync(user.Id, cancellationToken);
    }

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
        return await ReadAsync(user.Id, cancellationToken);
    }

    public async ValueTask<Result<UserDto>> Handle(SetAssignmentsCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(command.UserName);
        if (user is null)
        {
            return AppError.NotFound("user.not_found");
        }

        var (wanted, errors) = await AssignmentRules.CheckAsync(db, command.Assignments, cancellationToken);
        if (errors.Count > 0)
        {
            return AppError.Validation(errors);
        }

        var existing = await db.Assignments.Where(a => a.UserId == user.Id).ToListAsync(cancellationToken);
        db.Assignments.RemoveRange(existing.Where(a => !wanted.Contains((a.Role, a.OrgUnitCode, a.IndicatorCode))));
        var now = clock.GetUtcNow();
        foreach (var (role, org, indicator) in wanted.Where(w => !existing.Any(a => (a.Role, a.OrgUnitCode, a.IndicatorCode) == w)))
        {
            db.Assignments.Add(Assignment.Create(user.Id, role, org, indicator, now));
        }

        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        return await ReadAsync(user.Id, cancellationToken);
    }

    private async Task<Result<UserDto>> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        (await UserQueries.Project(db, db.Users.Where(u => u.Id == id)).FirstAsync(cancellationToken)).ToDto();
}

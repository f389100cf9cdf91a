using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Users.SetAssignments;

/// <summary>
/// Replaces a user's roles and scopes; their sessions and tokens end so the new rights apply at once. Nobody changes their own
/// assignments (403 <c>user.own_assignments</c>), and granting the administrator or central-team role takes a reason, written
/// in the audit records of the change (<see cref="AssignmentRules.CheckReason"/>).
/// </summary>
public sealed record SetAssignmentsCommand(string UserName, IReadOnlyList<AssignmentRequest> Assignments, string? Reason = null) : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class SetAssignmentsValidator : AbstractValidator<SetAssignmentsCommand>
{
    public SetAssignmentsValidator() => RuleFor(c => c.Reason).ValidReason();
}

internal sealed class SetAssignmentsHandler(AppDbContext db, UserManager<AppUser> users, ICurrentUser current, AuditContext audit, TimeProvider clock)
    : ICommandHandler<SetAssignmentsCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(SetAssignmentsCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(command.UserName);
        if (user is null)
        {
            return AppError.NotFound("user.not_found");
        }

        if (user.Id == current.UserId)
        {
            return new AppError(ErrorKind.Forbidden, "user.own_assignments", Messages.Get("user.own_assignments"), []);
        }

        var (wanted, errors) = await AssignmentRules.CheckAsync(db, command.Assignments, cancellationToken);
        var existing = await db.Assignments.Where(a => a.UserId == user.Id).ToListAsync(cancellationToken);
        var added = wanted.Where(w => !existing.Any(a => (a.Role, a.OrgUnitCode, a.IndicatorCode) == w)).ToList();
        errors.AddRange(AssignmentRules.CheckReason(added, command.Reason));
        if (errors.Count > 0)
        {
            return AppError.Validation(errors);
        }

        audit.Reason = TextRules.Clean(command.Reason);
        db.Assignments.RemoveRange(existing.Where(a => !wanted.Contains((a.Role, a.OrgUnitCode, a.IndicatorCode))));
        var now = clock.GetUtcNow();
        foreach (var (role, org, indicator) in added)
        {
            db.Assignments.Add(Assignment.Create(user.Id, role, org, indicator, now));
        }

        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        return await UserReads.ByIdAsync(db, user.Id, cancellationToken);
    }
}

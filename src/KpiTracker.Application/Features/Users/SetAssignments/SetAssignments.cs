using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Users.SetAssignments;

/// <summary>Replaces a user's roles and scopes; their sessions and tokens end so the new rights apply at once.</summary>
public sealed record SetAssignmentsCommand(string UserName, IReadOnlyList<AssignmentRequest> Assignments) : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class SetAssignmentsHandler(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : ICommandHandler<SetAssignmentsCommand, Result<UserDto>>
{
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
        return await UserReads.ByIdAsync(db, user.Id, cancellationToken);
    }
}

using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Users.CreateUser;

/// <summary>
/// Creates an account with its roles and scopes, committed together (administrators and the central team). Creating it with
/// the administrator or central-team role takes a reason, written in the audit records.
/// </summary>
public sealed record CreateUserCommand(string UserName, string DisplayName, string? Email, string Password, IReadOnlyList<AssignmentRequest>? Assignments, string? Reason = null)
    : ICommand<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"))
            .Matches(@"^[a-z0-9][a-z0-9._-]{1,63}\z").WithErrorCode("user.name.invalid").WithMessage(_ => Messages.Get("user.name.invalid"))
            .Must(name => name is not "new").WithErrorCode("user.name.reserved").WithMessage(_ => Messages.Get("user.name.reserved"));
        RuleFor(c => c.DisplayName).ValidDisplayName();
        When(c => !string.IsNullOrEmpty(c.Email), () => RuleFor(c => c.Email).ValidOptionalEmail());
        RuleFor(c => c.Password).AcceptablePassword("password", c => c.UserName);
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class CreateUserHandler(AppDbContext db, UserManager<AppUser> users, AuditContext audit, TimeProvider clock) : ICommandHandler<CreateUserCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var (assignments, errors) = await AssignmentRules.CheckAsync(db, command.Assignments, cancellationToken);
        errors.AddRange(AssignmentRules.CheckReason(assignments, command.Reason));
        if (await users.FindByNameAsync(command.UserName) is not null)
        {
            errors.Add(new FieldError("userName", "user.name.taken", Messages.Get("user.name.taken")));
        }

        if (errors.Count > 0)
        {
            return AppError.Validation(errors);
        }

        audit.Reason = TextRules.Clean(command.Reason);
        var now = clock.GetUtcNow();
        var user = new AppUser { UserName = command.UserName, DisplayName = command.DisplayName.Trim(), Email = command.Email, CreatedAt = now, LockoutEnabled = true };
        // The account and its assignments commit together, with the command's transaction.
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            return AppError.Validation([.. created.Errors.Select(e => new FieldError("password", e.Code, e.Description))]);
        }

        foreach (var (role, org, indicator) in assignments)
        {
            db.Assignments.Add(Assignment.Create(user.Id, role, org, indicator, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        var row = await UserQueries.Project(db, db.Users.Where(u => u.Id == user.Id)).FirstAsync(cancellationToken);
        return row.ToDto();
    }
}

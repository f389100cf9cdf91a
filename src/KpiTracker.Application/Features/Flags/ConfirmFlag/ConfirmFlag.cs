using KpiTracker.Application.Common.Auditing;

namespace KpiTracker.Application.Features.Flags.ConfirmFlag;

/// <summary>Governorate reviewer: confirms that a flagged value is right, with a reason. (The other answer to a flag is returning the item.)</summary>
public sealed record ConfirmFlagCommand(int Year, Guid Id, string? Reason) : ICommand<Result<FlagDto>>, IRequireAccess
{
    // The flag's governorate is known once it is loaded; the handler checks the reviewer's scope then.
    public AccessRequirement Access => new(Permission.SubmissionReview);
}

internal sealed class ConfirmFlagValidator : AbstractValidator<ConfirmFlagCommand>
{
    public ConfirmFlagValidator() => RuleFor(c => c.Reason).ValidReason();
}

internal sealed class ConfirmFlagHandler(AppDbContext db, AccessChecker access, AuditContext audit, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ConfirmFlagCommand, Result<FlagDto>>
{
    public async ValueTask<Result<FlagDto>> Handle(ConfirmFlagCommand command, CancellationToken cancellationToken)
    {
        audit.Reason = command.Reason?.Trim();
        // Held to the end of the command's transaction, so two answers to one flag take turns.
        var flag = (await db.SubmissionFlags.FromSql($"SELECT * FROM submission_flags WHERE id = {command.Id} AND year = {command.Year} FOR UPDATE")
            .ToListAsync(cancellationToken)).SingleOrDefault();
        if (flag is null)
        {
            return AppError.NotFound("flag.not_found");
        }

        var decision = await access.DecideAsync(Permission.SubmissionReview, flag.OrgUnitCode, flag.IndicatorCode, cancellationToken);
        if (decision.Outcome != AccessOutcome.Allowed)
        {
            // Out of the reviewer's scope the flag does not exist for them (404); in sight but not theirs to resolve, 403.
            var notFound = decision.Outcome == AccessOutcome.NotFound;
            var refusal = new AccessRefusal(notFound ? "not_found" : "forbidden") { OrgUnit = flag.OrgUnitCode, Flag = command.Id };
            return (notFound ? AppError.NotFound("flag.not_found") : new AppError(ErrorKind.Forbidden, "forbidden", Messages.Get("forbidden"), [])) with { Refusal = refusal };
        }

        audit.Role = decision.GrantedBy ?? audit.Role;
        var violations = flag.Confirm(command.Reason ?? "", clock.GetUtcNow(), user.UserName ?? "system");
        if (violations.Count > 0)
        {
            var conflict = violations.FirstOrDefault(v => v.Field.Length == 0);
            return conflict is not null
                ? AppError.Conflict(conflict.Code)
                : AppError.Validation([.. violations.Select(v => new FieldError(v.Field, v.Code, Messages.Get(v.Code, v.Args)))]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return FlagMapper.ToDto(flag);
    }
}

using KpiTracker.Application.Common.Auditing;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Actions.UpdateAction;

/// <summary>
/// Reviewer: moves an action on (in_progress, done, or dropped with a reason) and/or records a progress note. Done needs at
/// least one evidence file on the action (<c>action.done.evidence_required</c>, a field error on <c>evidence</c>).
/// </summary>
public sealed record UpdateActionCommand(string Governorate, int Number, string? Status, string? Note) : ICommand<Result<ActionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ActionManage, Governorate);
}

internal sealed class UpdateActionValidator : AbstractValidator<UpdateActionCommand>
{
    public UpdateActionValidator() =>
        RuleFor(c => c.Status).Must(s => Codes.TryParse<ActionStatus>(s, out _))
            .WithErrorCode("action.status.unknown").WithMessage(_ => Messages.Get("action.status.unknown"));
}

internal sealed class UpdateActionHandler(AppDbContext db, AuditContext audit, TimeProvider clock) : ICommandHandler<UpdateActionCommand, Result<ActionDto>>
{
    public async ValueTask<Result<ActionDto>> Handle(UpdateActionCommand command, CancellationToken cancellationToken)
    {
        var action = await db.ImprovementActions.FirstOrDefaultAsync(a => a.OrgUnitCode == command.Governorate && a.Number == command.Number, cancellationToken);
        if (action is null)
        {
            return AppError.NotFound("action.not_found");
        }

        var now = clock.GetUtcNow();
        audit.Reason = command.Note?.Trim();
        var target = Codes.Parse<ActionStatus>(command.Status!);
        var problems = action.Update(target, command.Note, now);
        if (problems.Count > 0)
        {
            return ActionErrors.From(problems);
        }

        if (target == ActionStatus.Dropped)
        {
            await ActionScoring.RequestDueRunAsync(db, action, cancellationToken);
        }

        // Saved here rather than by the pipeline, so that a file removed meanwhile (the row version) is a conflict, not a failure.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AppError.Conflict("action.stale");
        }

        var person = await db.Users.AsNoTracking().Where(u => u.Id == action.ResponsibleUserId)
            .Select(u => new ResponsibleDto(u.UserName ?? "", u.DisplayName)).FirstAsync(cancellationToken);
        var names = await (from c in db.Cycles
                           join cr in db.Criteria on c.EditionId equals cr.EditionId
                           join i in db.Indicators on cr.Id equals i.CriterionId
                           where c.Id == action.CycleId && i.Code == action.IndicatorCode
                           select new { i.NameAr, i.NameEn }).FirstOrDefaultAsync(cancellationToken);
        var evidence = await ActionReads.EvidenceAsync(db, [action.Id], cancellationToken);
        return ActionReads.Unmeasured(action, person, names?.NameAr ?? action.IndicatorCode, names?.NameEn ?? action.IndicatorCode, MuscatTime.DateOf(now), [.. evidence[action.Id]]);
    }
}

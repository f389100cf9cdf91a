using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Actions.OpenAction;

/// <summary>
/// Reviewer: opens an improvement action on a red or amber indicator, or one of a criterion below Established, in a scored
/// cycle. The baseline is the indicator's value in that cycle; without an expected value the proposed one is taken
/// (<see cref="ActionDefaults"/>). The responsible user must be active and assigned in the governorate.
/// </summary>
public sealed record OpenActionCommand(
    string Governorate,
    int Year,
    string? Indicator,
    string? Title,
    string? Description,
    string? Responsible,
    DateOnly? DueDate,
    decimal? Expected) : ICommand<Result<ActionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ActionManage, Governorate);
}

internal sealed class OpenActionValidator : AbstractValidator<OpenActionCommand>
{
    public OpenActionValidator()
    {
        RuleFor(c => c.Indicator).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
        RuleFor(c => c.Responsible).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
        RuleFor(c => c.DueDate).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
    }
}

internal sealed class OpenActionHandler(AppDbContext db, EditionModels editions, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<OpenActionCommand, Result<ActionDto>>
{
    public async ValueTask<Result<ActionDto>> Handle(OpenActionCommand command, CancellationToken cancellationToken)
    {
        var loaded = await ActionCandidate.LoadAsync(db, editions, command.Year, command.Governorate, command.Indicator!, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var candidate = loaded.Value;
        var responsible = await ActionPeople.FindAsync(db, command.Governorate, command.Responsible, cancellationToken);
        if (responsible is null)
        {
            return AppError.Validation([new FieldError("responsible", "action.responsible.invalid", Messages.Get("action.responsible.invalid"))]);
        }

        if ((command.Expected ?? candidate.ExpectedDefault) is not { } expected)
        {
            return AppError.Validation([new FieldError("expected", "required", Messages.Get("required"))]);
        }

        var number = 1 + (await db.ImprovementActions.Where(a => a.OrgUnitCode == command.Governorate).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0);
        var now = clock.GetUtcNow();
        var draft = new ActionDraft(
            candidate.Cycle.Id, candidate.Cycle.Year, command.Governorate, number, candidate.Indicator.Code, command.Title ?? "", command.Description,
            responsible.Value, command.DueDate!.Value, expected, candidate.Light, candidate.CriterionBelowEstablished, candidate.Baseline);
        var (action, problems) = ImprovementAction.Open(draft, now, user.UserName ?? "system");
        if (action is null)
        {
            return ActionErrors.From(problems);
        }

        db.ImprovementActions.Add(action);
        await ActionScoring.RequestDueRunAsync(db, action, cancellationToken);
        var person = (await ActionPeople.InAsync(db, command.Governorate, cancellationToken)).First(p => p.UserName == command.Responsible);
        return ActionReads.Unmeasured(action, person, candidate.Indicator.NameAr, candidate.Indicator.NameEn, MuscatTime.DateOf(now));
    }
}

namespace KpiTracker.Application.Features.Cycles.SetTargetOverride;

/// <summary>Sets L and T of a count indicator for one governorate in one cycle (size-sensitive targets), until the cycle closes.</summary>
public sealed record SetTargetOverrideCommand(int Year, string Governorate, string Indicator, decimal? Lower, decimal? Target) : ICommand<Result<TargetOverrideDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage, Governorate, Indicator);
}

internal sealed class SetTargetOverrideValidator : AbstractValidator<SetTargetOverrideCommand>
{
    public SetTargetOverrideValidator()
    {
        RuleFor(c => c.Lower).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
        RuleFor(c => c.Target).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
    }
}

internal sealed class SetTargetOverrideHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<SetTargetOverrideCommand, Result<TargetOverrideDto>>
{
    public async ValueTask<Result<TargetOverrideDto>> Handle(SetTargetOverrideCommand command, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.FirstOrDefaultAsync(c => c.Year == command.Year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        if (!(await CycleQueries.AssessedUnitsAsync(db, cancellationToken)).Contains(command.Governorate))
        {
            return AppError.NotFound("org_unit.not_found");
        }

        var indicator = await CycleIndicators.FindAsync(db, cycle.EditionId, command.Indicator, cancellationToken);
        if (indicator is null)
        {
            return AppError.NotFound("indicator.not_found");
        }

        if (cycle.Status == CycleStatus.Closed)
        {
            return AppError.Conflict("cycle.closed", cycle.Year);
        }

        var (lower, target) = (command.Lower!.Value, command.Target!.Value);
        var problems = CycleTargetOverride.Check(indicator, lower, target).ToList();
        if (problems.Count > 0)
        {
            return AppError.Validation([.. problems.Select(p => new FieldError(p.Field, p.Code, Messages.Get(p.Code, p.Args)))]);
        }

        var now = clock.GetUtcNow();
        var item = await db.CycleTargetOverrides.FirstOrDefaultAsync(
            o => o.CycleId == cycle.Id && o.OrgUnitCode == command.Governorate && o.IndicatorCode == command.Indicator, cancellationToken);
        if (item is null)
        {
            item = CycleTargetOverride.Create(cycle, command.Governorate, indicator, lower, target, now);
            db.CycleTargetOverrides.Add(item);
        }
        else
        {
            item.Set(indicator, lower, target, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new TargetOverrideDto(item.OrgUnitCode, item.IndicatorCode, item.Lower, item.Target, item.UpdatedAt);
    }
}

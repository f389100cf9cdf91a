namespace KpiTracker.Application.Features.Cycles.UpdateCalendar;

/// <summary>Changes a planned cycle's dates; dates not given stay as they are. Once the cycle is open its dates are fixed.</summary>
public sealed record UpdateCalendarCommand(int Year, CalendarInput Calendar) : ICommand<Result<CycleDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

internal sealed class UpdateCalendarHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<UpdateCalendarCommand, Result<CycleDto>>
{
    public async ValueTask<Result<CycleDto>> Handle(UpdateCalendarCommand command, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.FirstOrDefaultAsync(c => c.Year == command.Year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        if (cycle.Status != CycleStatus.Planned)
        {
            return AppError.Conflict("cycle.not_planned", cycle.Year);
        }

        var calendar = command.Calendar.Over(cycle.Calendar);
        var errors = CalendarErrors.Of(calendar, cycle.Year).ToList();
        if (errors.Count > 0)
        {
            return AppError.Validation(errors);
        }

        cycle.Reschedule(calendar);
        await db.SaveChangesAsync(cancellationToken);
        return (await CycleQueries.ReadAsync(db, cycle.Year, clock.GetUtcNow(), cancellationToken))!;
    }
}

namespace KpiTracker.Application.Features.Cycles.CreateCycle;

/// <summary>
/// Plans the cycle of assessment year <see cref="Year"/> on a published edition (the latest when none is named), with the
/// default calendar of DOMAIN section 6 where no date is given. It opens only when the central team opens it.
/// </summary>
public sealed record CreateCycleCommand(int Year, string? Edition, CalendarInput? Calendar) : ICommand<Result<CycleDto>>, IRequireAccess
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public AccessRequirement Access => new(Permission.CycleManage);
}

internal sealed class CreateCycleValidator : AbstractValidator<CreateCycleCommand>
{
    public CreateCycleValidator() =>
        RuleFor(c => c.Year).InclusiveBetween(CreateCycleCommand.MinYear, CreateCycleCommand.MaxYear)
            .WithErrorCode("cycle.year.invalid").WithMessage(_ => Messages.Get("cycle.year.invalid", CreateCycleCommand.MinYear, CreateCycleCommand.MaxYear));
}

internal sealed class CreateCycleHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateCycleCommand, Result<CycleDto>>
{
    public async ValueTask<Result<CycleDto>> Handle(CreateCycleCommand command, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (await db.Cycles.AnyAsync(c => c.Year == command.Year, cancellationToken))
        {
            errors.Add(new FieldError("year", "cycle.year.exists", Messages.Get("cycle.year.exists", command.Year)));
        }

        var editions = db.FrameworkEditions.AsNoTracking();
        var edition = string.IsNullOrWhiteSpace(command.Edition)
            ? await editions.Where(e => e.Status == EditionStatus.Published).OrderByDescending(e => e.PublishedAt).FirstOrDefaultAsync(cancellationToken)
            : await editions.FirstOrDefaultAsync(e => e.Code == command.Edition.Trim(), cancellationToken);
        if (edition is null)
        {
            errors.Add(new FieldError("edition", "edition.not_found", Messages.Get("edition.not_found")));
        }
        else if (edition.Status != EditionStatus.Published)
        {
            errors.Add(new FieldError("edition", "cycle.edition.not_published", Messages.Get("cycle.edition.not_published", edition.Code)));
        }

        var calendar = (command.Calendar ?? new CalendarInput(null, null, null, null, null, null)).Over(CycleCalendar.Default(command.Year));
        errors.AddRange(CalendarErrors.Of(calendar, command.Year));
        if (errors.Count > 0)
        {
            return AppError.Validation(errors);
        }

        var now = clock.GetUtcNow();
        var cycle = Cycle.Create(command.Year, edition!.Id, calendar, now);
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);
        return CycleMapper.ToDto(cycle, edition.Code, [], now);
    }
}

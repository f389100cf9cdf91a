using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring.ScoreCycles;

/// <summary>
/// Central team: scores every open or closed cycle from <see cref="FromYear"/> to <see cref="ToYear"/> now, in year order, every
/// governorate or one, and stores a run for each pair even when nothing changed (as <c>ScoreCycleCommand</c> per year).
/// Rescoring history (after an engine change, or to fill in years imported without runs) this way reads each table once for all
/// the years and takes each year's Δ from the run just computed for the year before; the numbers and input hashes are those of
/// scoring the years one by one. Each run commits on its own (<see cref="IOwnUnitsOfWork"/>): the scorer's units of work.
/// </summary>
public sealed record ScoreCyclesCommand(int FromYear, int ToYear, string? Governorate = null) : ICommand<Result<ScoreCyclesResultDto>>, IRequireAccess, IOwnUnitsOfWork
{
    /// <summary>Years one command may span.</summary>
    public const int MaxYears = 50;

    public AccessRequirement Access => new(Permission.CycleManage, Governorate);
}

/// <summary>The runs written, per cycle in year order.</summary>
public sealed record ScoreCyclesResultDto(IReadOnlyList<ScoreCycleResultDto> Cycles);

internal sealed class ScoreCyclesValidator : AbstractValidator<ScoreCyclesCommand>
{
    public ScoreCyclesValidator()
    {
        RuleFor(c => c.FromYear).InclusiveBetween(2000, 2100);
        RuleFor(c => c.ToYear).InclusiveBetween(2000, 2100)
            .GreaterThanOrEqualTo(c => c.FromYear).WithErrorCode("scoring.years_order").WithMessage(_ => Messages.Get("scoring.years_order"))
            .LessThan(c => c.FromYear + ScoreCyclesCommand.MaxYears).WithErrorCode("scoring.years_span").WithMessage(_ => Messages.Get("scoring.years_span", ScoreCyclesCommand.MaxYears));
        RuleFor(c => c.Governorate).MaximumLength(40);
    }
}

internal sealed class ScoreCyclesHandler(AppDbContext db, UnitScorer scorer, EditionModels editions) : ICommandHandler<ScoreCyclesCommand, Result<ScoreCyclesResultDto>>
{
    public async ValueTask<Result<ScoreCyclesResultDto>> Handle(ScoreCyclesCommand command, CancellationToken cancellationToken)
    {
        var cycles = await db.Cycles.AsNoTracking()
            .Where(c => c.Year >= command.FromYear && c.Year <= command.ToYear && c.Status != CycleStatus.Planned)
            .OrderBy(c => c.Year)
            .ToListAsync(cancellationToken);
        if (cycles.Count == 0)
        {
            return AppError.NotFound("scoring.cycle_not_found");
        }

        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        if (command.Governorate is { } one)
        {
            if (!governorates.Contains(one))
            {
                return AppError.NotFound();
            }

            governorates = [one];
        }

        var scored = new List<(Cycle, EditionModel)>(cycles.Count);
        foreach (var cycle in cycles)
        {
            scored.Add((cycle, await editions.GetAsync(db, cycle.EditionId, cancellationToken)));
        }

        var written = (await scorer.ScoreForcedAsync(scored, governorates, "manual", cancellationToken)).ToLookup(r => r.CycleId);
        return new ScoreCyclesResultDto([.. cycles.Select(cycle => new ScoreCycleResultDto(
            cycle.Year,
            (cycle.Status == CycleStatus.Closed ? ScoreKind.Final : ScoreKind.Provisional).ToCode(),
            [.. written[cycle.Id].Select(run => new RunSummaryDto(run.OrgUnitCode, run.Id, run.InputHash, run.PublishedOverall, run.Band, RunOutcome.Written.ToCode()))]))]);
    }
}

namespace KpiTracker.Application.Features.Scoring.ScoreCycle;

/// <summary>
/// Central team: scores a cycle now, every governorate or one, and stores a run for each even when nothing changed. Each
/// governorate's run commits on its own (<see cref="IOwnUnitsOfWork"/>): the scorer's units of work.
/// </summary>
public sealed record ScoreCycleCommand(int Year, string? Governorate = null) : ICommand<Result<ScoreCycleResultDto>>, IRequireAccess, IOwnUnitsOfWork
{
    public AccessRequirement Access => new(Permission.CycleManage, Governorate);
}

internal sealed class ScoreCycleValidator : AbstractValidator<ScoreCycleCommand>
{
    public ScoreCycleValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Governorate).MaximumLength(40);
    }
}

internal sealed class ScoreCycleHandler(AppDbContext db, UnitScorer scorer, EditionModels editions) : ICommandHandler<ScoreCycleCommand, Result<ScoreCycleResultDto>>
{
    public async ValueTask<Result<ScoreCycleResultDto>> Handle(ScoreCycleCommand command, CancellationToken cancellationToken)
    {
        var cycle = await ScoringScope.ScorableCycleAsync(db, command.Year, cancellationToken);
        if (cycle is null)
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

        var edition = await editions.GetAsync(db, cycle.EditionId, cancellationToken);
        // Forced: a new run for every governorate even when nothing changed, written in batches (see UnitScorer.ScoreForcedAsync).
        var written = await scorer.ScoreForcedAsync(cycle, edition, governorates, "manual", cancellationToken);
        var runs = written.Select(run => new RunSummaryDto(run.OrgUnitCode, run.Id, run.InputHash, run.PublishedOverall, run.Band, RunOutcome.Written.ToCode())).ToList();

        var kind = cycle.Status == Domain.Collection.CycleStatus.Closed ? Domain.Scoring.ScoreKind.Final : Domain.Scoring.ScoreKind.Provisional;
        return new ScoreCycleResultDto(cycle.Year, kind.ToCode(), runs);
    }
}

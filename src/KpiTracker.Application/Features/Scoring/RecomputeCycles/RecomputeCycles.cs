using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Scoring.RecomputeCycles;

/// <summary>
/// Nightly check: recomputes every governorate of every open and closed cycle, in year order, and compares each with its
/// stored latest run. A pair without a run, with other inputs than its latest run (a lost request, a restatement whose
/// follow-up was lost) or with other numbers from the same inputs (the engine changed without a version bump, or a stored
/// run was altered) gets a new run, and is reported and logged. Years are checked in order, so a year's new run is what the
/// next year's Δ is compared against. Unforced, so safe to run twice: a second run finds nothing. Each new run commits on its
/// own (<see cref="IOwnUnitsOfWork"/>): the scorer's units of work.
/// </summary>
public sealed record RecomputeCyclesCommand : ICommand<RecomputeSummary>, ISystemMessage, IOwnUnitsOfWork;

public sealed record RecomputeSummary(int Cycles, int Units, int Written, IReadOnlyList<RunDifferenceDto> Differences);

/// <summary>One (cycle, governorate) whose stored latest run did not match a fresh computation, and the run written for it.</summary>
public sealed record RunDifferenceDto(int Year, string Governorate, RunDifference Difference, Guid RunId);

internal sealed class RecomputeCyclesHandler(AppDbContext db, UnitScorer scorer, EditionModels editions, ILogger<RecomputeCyclesHandler> logger)
    : ICommandHandler<RecomputeCyclesCommand, RecomputeSummary>
{
    public async ValueTask<RecomputeSummary> Handle(RecomputeCyclesCommand command, CancellationToken cancellationToken)
    {
        var cycles = await db.Cycles.AsNoTracking().Where(c => c.Status != CycleStatus.Planned).OrderBy(c => c.Year).ToListAsync(cancellationToken);
        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        var differences = new List<RunDifferenceDto>();
        var units = 0;
        foreach (var cycle in cycles)
        {
            var edition = await editions.GetAsync(db, cycle.EditionId, cancellationToken);
            foreach (var code in governorates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await scorer.ScoreAsync(cycle, edition, code, "nightly", force: false, cancellationToken);
                units++;
                if (result.Outcome == RunOutcome.Written)
                {
                    differences.Add(new RunDifferenceDto(cycle.Year, code, result.Difference, result.Run.Id));
                    logger.LogWarning("Nightly check: {Year}/{OrgUnit} ({Difference}) did not match a fresh computation; wrote run {RunId}.", cycle.Year, code, result.Difference, result.Run.Id);
                }
            }
        }

        return new RecomputeSummary(cycles.Count, units, differences.Count, differences);
    }
}

using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Scoring;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Cycles.CloseCycle;

/// <summary>
/// The expiry job (DOMAIN sections 4 and 6). Entry closes at expiry by the calendar itself (the cycle's phase turns to
/// review and entry is refused), so nothing is written then. At the close date the job closes each open cycle that is due
/// through <see cref="CloseCycleCommand"/> (values lock, unsubmitted items become missing, GOV-02 is computed, all in one
/// transaction), then writes the final run of every governorate whose latest run is not final yet. Safe to run twice or side
/// by side: the close holds the cycle row and refuses a closed cycle, and the runs are serialised per governorate and written
/// only when their inputs changed. A process killed between the close and the runs leaves the close's score requests, which
/// the score drain (or this job's next run) turns into the final runs. Each close and each run commits on its own
/// (<see cref="IOwnUnitsOfWork"/>): a cycle that cannot close does not hold back the others.
/// </summary>
public sealed record CloseDueCyclesCommand : ICommand<CloseDueSummary>, ISystemMessage, IOwnUnitsOfWork;

public sealed record CloseDueSummary(IReadOnlyList<int> Closed, int FinalRuns);

internal sealed class CloseDueCyclesHandler(AppDbContext db, ISender sender, UnitScorer scorer, EditionModels editions, TimeProvider clock, ILogger<CloseDueCyclesHandler> logger)
    : ICommandHandler<CloseDueCyclesCommand, CloseDueSummary>
{
    public async ValueTask<CloseDueSummary> Handle(CloseDueCyclesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Cycles.AsNoTracking().Where(c => c.Status == CycleStatus.Open && c.ClosesAt <= now).OrderBy(c => c.Year).Select(c => c.Year).ToListAsync(cancellationToken);
        var closed = new List<int>();
        foreach (var year in due)
        {
            var result = await sender.Send(new CloseCycleCommand(year), cancellationToken);
            if (result.IsSuccess)
            {
                closed.Add(year);
                logger.LogInformation("Cycle {Year} reached its close date and was closed.", year);
            }
            else
            {
                // Another worker closed it first; the final runs below are still checked.
                logger.LogInformation("Cycle {Year} was not closed by the expiry job: {Code}.", year, result.Error?.Code);
            }
        }

        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        var unfinished = await db.Cycles.AsNoTracking()
            .Where(c => c.Status == CycleStatus.Closed
                        && db.ScoreRuns.Count(r => r.CycleId == c.Id && r.IsLatest && r.Kind == ScoreKind.Final) < governorates.Count)
            .OrderBy(c => c.Year)
            .ToListAsync(cancellationToken);
        var written = 0;
        foreach (var cycle in unfinished)
        {
            var edition = await editions.GetAsync(db, cycle.EditionId, cancellationToken);
            foreach (var code in governorates)
            {
                var (_, outcome) = await scorer.ScoreAsync(cycle, edition, code, "close", force: false, cancellationToken);
                written += outcome == RunOutcome.Written ? 1 : 0;
            }
        }

        return new CloseDueSummary(closed, written);
    }
}

namespace KpiTracker.Application.Features.Scoring.DrainScoreRequests;

/// <summary>
/// Job: first asks for every governorate of every open or closed cycle that has no run yet (a fresh install after seeding,
/// an import), then scores every (cycle, governorate) with a pending request, in year order, and deletes each request at
/// the version it saw, so a request renewed meanwhile stays for the next drain. A run written for one year asks for the next
/// year's run again (its Δ and gap closure read this one): those requests are drained in the same job, pass after pass,
/// until a year's inputs no longer change. Safe to run twice or side by side (see <see cref="UnitScorer"/>). Returns the
/// number of runs written. Each run and its request's deletion commit on their own (<see cref="IOwnUnitsOfWork"/>), so one
/// governorate's failure keeps the others' runs.
/// </summary>
public sealed record DrainScoreRequestsCommand : ICommand<int>, ISystemMessage, IOwnUnitsOfWork;

internal sealed class DrainScoreRequestsHandler(AppDbContext db, UnitScorer scorer, EditionModels editions, TimeProvider clock) : ICommandHandler<DrainScoreRequestsCommand, int>
{
    /// <summary>Passes per drain: a restatement reaches one year further each pass, and a country keeps tens of years at most.</summary>
    private const int MaxPasses = 50;

    public async ValueTask<int> Handle(DrainScoreRequestsCommand command, CancellationToken cancellationToken)
    {
        await ScoreRequestRows.RequestMissingAsync(db, clock.GetUtcNow(), cancellationToken);
        var written = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var requests = await db.ScoreRequests.AsNoTracking().ToListAsync(cancellationToken);
            if (requests.Count == 0)
            {
                break;
            }

            written += await DrainAsync(requests, cancellationToken);
        }

        return written;
    }

    private async Task<int> DrainAsync(List<Data.Scoring.ScoreRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.CycleId).Distinct().ToList();
        var cycles = await db.Cycles.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var written = 0;
        // Earlier years first, so a later year's run reads the earlier one's new scores.
        foreach (var perCycle in requests.GroupBy(r => r.CycleId).OrderBy(g => cycles.GetValueOrDefault(g.Key)?.Year ?? 0))
        {
            var cycle = cycles.GetValueOrDefault(perCycle.Key);
            var edition = cycle is null or { Status: CycleStatus.Planned } ? null : await editions.GetAsync(db, cycle.EditionId, cancellationToken);
            foreach (var request in perCycle.OrderBy(r => r.RequestedAt))
            {
                if (cycle is not null && edition is not null)
                {
                    var (_, outcome) = await scorer.ScoreAsync(cycle, edition, request.OrgUnitCode, "decision", force: false, cancellationToken);
                    written += outcome == RunOutcome.Written ? 1 : 0;
                }

                await db.ScoreRequests
                    .Where(r => r.CycleId == request.CycleId && r.OrgUnitCode == request.OrgUnitCode && r.Version == request.Version)
                    .ExecuteDeleteAsync(cancellationToken);
            }
        }

        return written;
    }
}

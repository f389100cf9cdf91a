using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Collection;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Scoring.DrainScoreRequests;

/// <summary>
/// Job: scores every (cycle, governorate) with a pending request, then deletes each request at the version it saw, so a
/// request renewed meanwhile stays for the next drain. Safe to run twice or side by side (see <see cref="UnitScorer"/>).
/// Returns the number of runs written.
/// </summary>
public sealed record DrainScoreRequestsCommand : ICommand<int>, ISystemMessage;

internal sealed class DrainScoreRequestsHandler(AppDbContext db, UnitScorer scorer, EditionModels editions) : ICommandHandler<DrainScoreRequestsCommand, int>
{
    public async ValueTask<int> Handle(DrainScoreRequestsCommand command, CancellationToken cancellationToken)
    {
        var requests = await db.ScoreRequests.AsNoTracking().OrderBy(r => r.RequestedAt).ToListAsync(cancellationToken);
        var written = 0;
        foreach (var perCycle in requests.GroupBy(r => r.CycleId))
        {
            var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == perCycle.Key, cancellationToken);
            var edition = cycle is null or { Status: CycleStatus.Planned } ? null : await editions.GetAsync(db, cycle.EditionId, cancellationToken);
            foreach (var request in perCycle)
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

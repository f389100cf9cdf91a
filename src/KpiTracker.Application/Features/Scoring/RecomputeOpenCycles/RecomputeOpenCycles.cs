using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Collection;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Scoring.RecomputeOpenCycles;

/// <summary>
/// Nightly job: recomputes every governorate of every open cycle and compares with the stored latest run. A run whose inputs
/// changed without a request (a lost signal) is replaced and logged; equal inputs with different numbers are logged as a
/// warning and replaced too (the engine changed without a version bump). Safe to run twice.
/// </summary>
public sealed record RecomputeOpenCyclesCommand : ICommand<RecomputeSummary>, ISystemMessage;

public sealed record RecomputeSummary(int Cycles, int Units, int Written);

internal sealed class RecomputeOpenCyclesHandler(AppDbContext db, UnitScorer scorer, EditionModels editions, ILogger<RecomputeOpenCyclesHandler> logger)
    : ICommandHandler<RecomputeOpenCyclesCommand, RecomputeSummary>
{
    public async ValueTask<RecomputeSummary> Handle(RecomputeOpenCyclesCommand command, CancellationToken cancellationToken)
    {
        var cycles = await db.Cycles.AsNoTracking().Where(c => c.Status == CycleStatus.Open).OrderBy(c => c.Year).ToListAsync(cancellationToken);
        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        int units = 0, written = 0;
        foreach (var cycle in cycles)
        {
            var edition = await editions.GetAsync(db, cycle.EditionId, cancellationToken);
            foreach (var code in governorates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (run, outcome) = await scorer.ScoreAsync(cycle, edition, code, "nightly", force: false, cancellationToken);
                units++;
                if (outcome == RunOutcome.Written)
                {
                    written++;
                    logger.LogInformation("Nightly recompute: {Year}/{OrgUnit} had no run, or its latest run did not match a fresh computation; wrote run {RunId}.", cycle.Year, code, run.Id);
                }
            }
        }

        return new RecomputeSummary(cycles.Count, units, written);
    }
}

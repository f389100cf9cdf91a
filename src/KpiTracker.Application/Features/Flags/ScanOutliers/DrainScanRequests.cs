namespace KpiTracker.Application.Features.Flags.ScanOutliers;

/// <summary>
/// Job: scans every cycle with a pending scan request (left by submissions) for outliers, then deletes the request at the
/// version it saw, so submissions made during the scan ask again. A burst of submissions leaves one request per cycle, so one
/// scan. Safe to run twice: the scan raises no flag twice, and concurrent scans of a cycle take turns (its advisory lock).
/// Returns the number of cycles scanned. Each cycle's scan commits on its own (<see cref="IOwnUnitsOfWork"/>), and its request
/// is deleted only after.
/// </summary>
public sealed record DrainScanRequestsCommand : ICommand<int>, ISystemMessage, IOwnUnitsOfWork;

/// <summary>Nightly job: scans every open cycle for outliers, each committed on its own (<see cref="IOwnUnitsOfWork"/>). Returns the number of cycles scanned.</summary>
public sealed record ScanOpenCyclesCommand : ICommand<int>, ISystemMessage, IOwnUnitsOfWork;

internal sealed class DrainScanRequestsHandler(AppDbContext db, ISender sender) : ICommandHandler<DrainScanRequestsCommand, int>, ICommandHandler<ScanOpenCyclesCommand, int>
{
    public async ValueTask<int> Handle(DrainScanRequestsCommand command, CancellationToken cancellationToken)
    {
        var requests = await db.ScanRequests.AsNoTracking().OrderBy(r => r.RequestedAt).ToListAsync(cancellationToken);
        var scanned = 0;
        foreach (var request in requests)
        {
            var year = await db.Cycles.AsNoTracking().Where(c => c.Id == request.CycleId && c.Status != CycleStatus.Planned).Select(c => (int?)c.Year).FirstOrDefaultAsync(cancellationToken);
            if (year is { } y)
            {
                await sender.Send(new ScanOutliersCommand(y), cancellationToken);
                scanned++;
            }

            await db.ScanRequests.Where(r => r.CycleId == request.CycleId && r.Version == request.Version).ExecuteDeleteAsync(cancellationToken);
        }

        return scanned;
    }

    public async ValueTask<int> Handle(ScanOpenCyclesCommand command, CancellationToken cancellationToken)
    {
        var years = await db.Cycles.AsNoTracking().Where(c => c.Status == CycleStatus.Open).OrderBy(c => c.Year).Select(c => c.Year).ToListAsync(cancellationToken);
        foreach (var year in years)
        {
            await sender.Send(new ScanOutliersCommand(year), cancellationToken);
        }

        return years.Count;
    }
}

namespace KpiTracker.Application.Features.Flags.ScanOutliers;

/// <summary>
/// Scans a cycle for outliers (DOMAIN section 5) and stores new flags: across governorates per indicator, and against each
/// governorate's own earlier cycles (their locked values, with at least 3 of them). The values scanned are those with a
/// reviewer's eyes on them or past them: submitted, accepted, verified and locked; drafts and returned items are still the
/// owner's. Safe to run again: a flag already raised (open or confirmed) on the same item, method and value is not raised
/// twice, and concurrent scans of one cycle take turns. Values never change because of a flag.
/// </summary>
public sealed record ScanOutliersCommand(int Year) : ICommand<Result<ScanResultDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

internal sealed class ScanOutliersHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<ScanOutliersCommand, Result<ScanResultDto>>
{
    public async ValueTask<Result<ScanResultDto>> Handle(ScanOutliersCommand command, CancellationToken cancellationToken) =>
        await OutlierScanner.ScanAsync(db, clock, command.Year, cancellationToken);
}

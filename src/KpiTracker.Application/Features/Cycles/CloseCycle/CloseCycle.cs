namespace KpiTracker.Application.Features.Cycles.CloseCycle;

/// <summary>
/// Closes an open cycle once entry has closed (at or after expiry), in one transaction (see <see cref="CycleClosing"/>):
/// accepted and verified items lock, the rest become missing, GOV-02 is computed. Holds the cycle row so no transition runs
/// meanwhile.
/// </summary>
public sealed record CloseCycleCommand(int Year) : ICommand<Result<CycleDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

internal sealed class CloseCycleHandler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<CloseCycleCommand, Result<CycleDto>>
{
    public async ValueTask<Result<CycleDto>> Handle(CloseCycleCommand command, CancellationToken cancellationToken)
    {
        var error = await CycleLock.ChangeAsync(db, command.Year, async cycle =>
        {
            var now = clock.GetUtcNow();
            if (cycle.CheckClose(now) is { } refused)
            {
                return refused.Code == "cycle.close.too_early"
                    ? AppError.Conflict(refused.Code, cycle.Year, CycleMapper.ToDto(cycle.Calendar).Expiry.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                    : AppError.Conflict("cycle.not_open_status", cycle.Year);
            }

            var indicators = await CycleIndicators.Of(db, cycle.EditionId).ToDictionaryAsync(i => i.Code, cancellationToken);
            var items = await db.Submissions.Include(s => s.Revisions).Where(s => s.CycleId == cycle.Id).ToListAsync(cancellationToken);
            CycleClosing.Close(cycle, items, indicators, now, user.UserName ?? "system");
            return null;
        }, cancellationToken);
        return error ?? Result<CycleDto>.Success((await CycleQueries.ReadAsync(db, command.Year, clock.GetUtcNow(), cancellationToken))!);
    }
}

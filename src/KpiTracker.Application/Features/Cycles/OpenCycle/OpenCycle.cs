using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Cycles.OpenCycle;

/// <summary>
/// Opens a planned cycle: one draft item per governorate and indicator of the edition, all in one transaction. Owners may
/// enter values from the opening date (start of that day in Muscat) to the expiry (end of that day).
/// </summary>
public sealed record OpenCycleCommand(int Year) : ICommand<Result<CycleDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

internal sealed class OpenCycleHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<OpenCycleCommand, Result<CycleDto>>
{
    public async ValueTask<Result<CycleDto>> Handle(OpenCycleCommand command, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var error = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var cycle = (await db.Cycles.FromSql($"SELECT * FROM cycles WHERE year = {command.Year} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();
            if (cycle is null)
            {
                return AppError.NotFound("cycle.not_found");
            }

            if (cycle.Status != CycleStatus.Planned)
            {
                return AppError.Conflict("cycle.already_open", cycle.Year);
            }

            var now = clock.GetUtcNow();
            var indicators = await CycleIndicators.Of(db, cycle.EditionId).ToListAsync(cancellationToken);
            foreach (var unit in await CycleQueries.AssessedUnitsAsync(db, cancellationToken))
            {
                foreach (var indicator in indicators)
                {
                    db.Submissions.Add(Submission.Create(cycle, unit, indicator, now));
                }
            }

            cycle.Open(now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        });
        return error ?? Result<CycleDto>.Success((await CycleQueries.ReadAsync(db, command.Year, clock.GetUtcNow(), cancellationToken))!);
    }
}

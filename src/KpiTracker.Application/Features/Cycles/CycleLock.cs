using KpiTracker.Application.Common;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Collection;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Cycles;

/// <summary>
/// Runs a change of a whole cycle in one transaction inside EF's execution strategy, holding the cycle's row
/// (<c>FOR UPDATE</c>) so no item transition or other cycle change runs meanwhile. The change returns the error that
/// refuses it, or null once its work is staged; the lock holder saves and commits. A retried attempt starts afresh.
/// </summary>
internal static class CycleLock
{
    public static Task<AppError?> ChangeAsync(AppDbContext db, int year, Func<Cycle, Task<AppError?>> change, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var cycle = (await db.Cycles.FromSql($"SELECT * FROM cycles WHERE year = {year} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();
            if (cycle is null)
            {
                return AppError.NotFound("cycle.not_found");
            }

            if (await change(cycle) is { } refused)
            {
                return refused;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        });
}

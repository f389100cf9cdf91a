namespace KpiTracker.Application.Features.Cycles;

/// <summary>
/// Runs a change of a whole cycle holding the cycle's row (<c>FOR UPDATE</c>) to the end of the command's transaction, so no
/// item transition (which holds it <c>FOR SHARE</c>) or other cycle change runs meanwhile. The change returns the error that
/// refuses it, or null once its work is staged; its changes are then saved, and the command commits them.
/// </summary>
internal static class CycleLock
{
    public static async Task<AppError?> ChangeAsync(AppDbContext db, int year, Func<Cycle, Task<AppError?>> change, CancellationToken cancellationToken)
    {
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
        return null;
    }
}

using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.Cycles;

/// <summary>Reads the cycle pages share: one cycle as its DTO, and the units a cycle assesses.</summary>
internal static class CycleQueries
{
    public static async Task<CycleDto?> ReadAsync(AppDbContext db, int year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.Cycles.AsNoTracking()
            .Where(c => c.Year == year)
            .Select(c => new { Cycle = c, Edition = db.FrameworkEditions.Where(e => e.Id == c.EditionId).Select(e => e.Code).First() })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var overrides = await db.CycleTargetOverrides.AsNoTracking().Where(o => o.CycleId == row.Cycle.Id).ToListAsync(cancellationToken);
        return CycleMapper.ToDto(row.Cycle, row.Edition, overrides, now);
    }

    /// <summary>The assessed units: every governorate, in their order.</summary>
    public static Task<List<string>> AssessedUnitsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Governorate).OrderBy(o => o.Order).Select(o => o.Code).ToListAsync(cancellationToken);
}

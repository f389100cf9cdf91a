using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.Cycles;

/// <summary>Reads the cycle slices share: every cycle's summary, one cycle as its DTO, and the units a cycle assesses.</summary>
internal static class CycleQueries
{
    /// <summary>Every cycle, newest year first.</summary>
    public static async Task<List<CycleSummaryDto>> SummariesAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Cycles.AsNoTracking()
            .OrderByDescending(c => c.Year)
            .Select(c => new { Cycle = c, Edition = db.FrameworkEditions.Where(e => e.Id == c.EditionId).Select(e => e.Code).First() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => CycleMapper.ToSummary(r.Cycle, r.Edition, now))];
    }

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

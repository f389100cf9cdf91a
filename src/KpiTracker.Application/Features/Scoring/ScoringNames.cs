using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>A code with its Arabic and English names.</summary>
public sealed record NamedCode(string Code, string NameAr, string NameEn);

/// <summary>The names the scoring pages show beside codes: the bands of a cycle's edition, and the governorates.</summary>
internal static class ScoringNames
{
    /// <summary>The bands of the cycle's edition in their order (lowest first); none when there is no such cycle.</summary>
    public static Task<List<BandDto>> BandsAsync(AppDbContext db, int year, CancellationToken cancellationToken) =>
        db.Cycles.AsNoTracking().Where(c => c.Year == year)
            .SelectMany(c => db.FrameworkEditions.Where(e => e.Id == c.EditionId).SelectMany(e => e.Bands))
            .OrderBy(b => b.Order)
            .Select(b => new BandDto(b.Code, b.NameAr, b.NameEn, b.MinScore))
            .ToListAsync(cancellationToken);

    /// <summary>Every governorate with its names, in their order.</summary>
    public static Task<List<NamedCode>> GovernoratesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Governorate).OrderBy(o => o.Order)
            .Select(o => new NamedCode(o.Code, o.NameAr, o.NameEn))
            .ToListAsync(cancellationToken);
}

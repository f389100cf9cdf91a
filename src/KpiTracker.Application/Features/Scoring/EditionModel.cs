using KpiTracker.Application.Data;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>A cycle's edition as the engine and the scorecards need it: read once per cycle, then shared by every governorate.</summary>
internal sealed record EditionModel(
    Guid Id,
    string Code,
    ScoringFramework Framework,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<Indicator> Indicators)
{
    public static async Task<EditionModel> LoadAsync(AppDbContext db, Guid editionId, CancellationToken cancellationToken)
    {
        var edition = await db.FrameworkEditions.AsNoTracking().AsSplitQuery()
            .Include(e => e.Bands)
            .Include(e => e.Criteria).ThenInclude(c => c.Indicators)
            .SingleAsync(e => e.Id == editionId, cancellationToken);
        var criteria = edition.Criteria.OrderBy(c => c.Order).ToList();
        var indicators = edition.Indicators.ToList();
        var codeOf = criteria.ToDictionary(c => c.Id, c => c.Code);
        var framework = new ScoringFramework(
            [.. criteria.Select(c => new ScoringCriterion(c.Code, c.Weight, c.Order))],
            [.. indicators.Select(i => new ScoringIndicator(i.Code, codeOf[i.CriterionId], i.Direction, i.Lower, i.Target, i.Range, i.Weight))],
            [.. edition.Bands.Select(b => (b.Code, b.MinScore))],
            edition.GreenThreshold,
            edition.AmberThreshold);
        return new EditionModel(edition.Id, edition.Code, framework, criteria, indicators);
    }

    /// <summary>The framework with this governorate's L and T overrides in place of the edition's.</summary>
    public ScoringFramework For(IReadOnlyDictionary<string, (decimal Lower, decimal Target)> overrides) =>
        overrides.Count == 0
            ? Framework
            : Framework with
            {
                Indicators = [.. Framework.Indicators.Select(i => overrides.TryGetValue(i.Code, out var o) ? i with { Lower = o.Lower, Target = o.Target } : i)],
            };
}

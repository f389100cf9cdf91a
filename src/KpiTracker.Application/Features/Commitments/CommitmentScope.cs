using System.Globalization;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Commitments;

/// <summary>The cycle commitments are proposed from (open or closed), its indicators, and the governorate, each found or 404.</summary>
internal sealed record CommitmentScope(Cycle Cycle, IReadOnlyList<Indicator> Indicators)
{
    public static async Task<(CommitmentScope? Scope, AppError? Error)> LoadAsync(AppDbContext db, int year, string governorate, CancellationToken cancellationToken)
    {
        var cycle = await ScoringScope.ScorableCycleAsync(db, year, cancellationToken);
        if (cycle is null)
        {
            return (null, AppError.NotFound("cycle.not_found"));
        }

        if (!(await ScoringScope.GovernoratesAsync(db, cancellationToken)).Contains(governorate))
        {
            return (null, AppError.NotFound("org_unit.not_found"));
        }

        var indicators = await CycleIndicators.Of(db, cycle.EditionId).AsNoTracking()
            .OrderBy(i => db.Criteria.Where(c => c.Id == i.CriterionId).Select(c => c.Order).Min()).ThenBy(i => i.Order)
            .ToListAsync(cancellationToken);
        return (new CommitmentScope(cycle, indicators), null);
    }

    public Indicator? Find(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    public static string Name(Indicator indicator) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar" ? indicator.NameAr : indicator.NameEn;
}

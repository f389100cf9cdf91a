using KpiTracker.Application.Features.Scoring;
using KpiTracker.Reports.Documents;
using DomainScoring = KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Reports.GetComparisonPdf;

/// <summary>
/// Turns what the comparison query answered into the comparison document's model: names in the document's language, band
/// codes onto the document's bands, each criterion's median over the governorates. A number the query does not have stays
/// null, which the document prints as an em dash, never as 0.
/// </summary>
internal sealed class ComparisonModels(AppDbContext db, TimeProvider clock, ReportIdentities identity)
{
    public async Task<ComparisonModel> BuildAsync(ComparisonDto comparison, string verification, ReportLanguage language, CancellationToken cancellationToken)
    {
        var ar = language == ReportLanguage.Arabic;
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Year == comparison.Year, cancellationToken);
        var edition = await ReportModelParts.EditionAsync(db, cycle.EditionId, cancellationToken);
        var names = await ReportModelParts.NamesAsync(db, cancellationToken);
        var criteria = comparison.Criteria
            .Select(c => new ComparisonCriterion(c.Code, ar ? c.NameAr : c.NameEn, Medians.Of(c.Scores.Values.Where(v => v is not null).Select(v => v!.Value))))
            .ToList();
        var rows = comparison.League.Select(l => new GovernorateComparison(
                l.Governorate,
                names.TryGetValue(l.Governorate, out var name) ? (ar ? name.Ar : name.En) : l.Governorate,
                l.Rank,
                l.Overall,
                ReportModelParts.BandOf(edition, l.Band),
                ReportModelParts.BandName(edition, l.Band, ar),
                l.RankChange,
                [.. comparison.Criteria.Select(c => c.Scores.GetValueOrDefault(l.Governorate) is { } score
                    ? new CriterionScore(score, ReportModelParts.BandOf(edition, edition.BandFor(score).Code))
                    : new CriterionScore(null, null))],
                l.Coverage,
                l.InsufficientData))
            .ToList();
        var bands = edition.Bands.Select(b => ReportModelParts.BandOf(edition, b.Code) is { } band ? new BandInfo(band, ar ? b.NameAr : b.NameEn, b.MinScore) : null)
            .OfType<BandInfo>().ToList();
        return new ComparisonModel(language, comparison.Year, new EditionRef(edition.Code, ar ? edition.NameAr : edition.NameEn),
            ReportEnumMapper.ToReport(Codes.Parse<DomainScoring.ScoreKind>(comparison.Kind)), clock.GetUtcNow(), verification, criteria, rows, bands, identity.For(language));
    }
}

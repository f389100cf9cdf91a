using System.Globalization;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Reports.Documents;
using DomainScoring = KpiTracker.Domain.Scoring;
using PdfBand = KpiTracker.Reports.Documents.Band;

namespace KpiTracker.Application.Features.Reports;

/// <summary>
/// Turns what the scorecard and comparison queries answered into the documents' models: names from the edition and the
/// organisation units in the document's language, fixed words from the resources, band codes onto the document's bands,
/// and the figures the queries do not carry (national medians). A number the query does not
/// have stays null, which the documents print as an em dash, never as 0.
/// </summary>
internal sealed class ReportModels(AppDbContext db, TimeProvider clock)
{
    public async Task<ScorecardModel> ScorecardAsync(ScorecardDto card, ReportLanguage language, CancellationToken cancellationToken)
    {
        var ar = language == ReportLanguage.Arabic;
        var culture = language.Culture();
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Year == card.Year, cancellationToken);
        var edition = await EditionAsync(cycle.EditionId, cancellationToken);
        var governorates = await NamesAsync(cancellationToken);
        var medians = await CriterionMediansAsync(card.Year, cancellationToken);
        var kind = ReportEnumMapper.ToReport(Codes.Parse<DomainScoring.ScoreKind>(card.Run.Kind));
        var indicatorNames = card.Indicators.ToDictionary(i => i.Code, i => ar ? i.NameAr : i.NameEn);

        var criteria = card.Criteria.Select(c => new CriterionResult(
            c.Code, ar ? c.NameAr : c.NameEn, c.Score, BandOf(edition, c.Band), BandName(edition, c.Band, ar), medians.GetValueOrDefault(c.Code), c.Delta)).ToList();
        var groups = card.Criteria.Select(c => new IndicatorGroup(c.Code, ar ? c.NameAr : c.NameEn,
            [.. card.Indicators.Where(i => i.Criterion == c.Code).Select(i => Indicator(i, ar, culture))])).ToList();
        var notes = card.Indicators
            .Where(i => i.Status != DomainScoring.IndicatorStatus.Value)
            .Select(i => Note(i, kind, culture))
            .ToList();

        return new ScorecardModel(
            language,
            new OrganisationRef(card.Governorate, governorates.TryGetValue(card.Governorate, out var name) ? (ar ? name.Ar : name.En) : card.Governorate),
            card.Year,
            new EditionRef(edition.Code, ar ? edition.NameAr : edition.NameEn),
            kind,
            clock.GetUtcNow(),
            card.Run.InputHash,
            new OverallResult(card.Overall, BandOf(edition, card.Band), BandName(edition, card.Band, ar), card.Rank, governorates.Count, card.Delta,
                card.Flags.Contains("insufficient_data"), card.Coverage),
            criteria,
            groups,
            new DataQualitySummary(card.Dqi, card.Quality?.Completeness, card.Quality?.Timeliness, card.Quality?.FirstPassAcceptance,
                card.Quality?.EvidenceReviewed, card.Quality?.ItemsWithoutOpenFlags),
            notes);
    }

    public async Task<ComparisonModel> ComparisonAsync(ComparisonDto comparison, string verification, ReportLanguage language, CancellationToken cancellationToken)
    {
        var ar = language == ReportLanguage.Arabic;
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Year == comparison.Year, cancellationToken);
        var edition = await EditionAsync(cycle.EditionId, cancellationToken);
        var names = await NamesAsync(cancellationToken);
        var criteria = comparison.Criteria
            .Select(c => new ComparisonCriterion(c.Code, ar ? c.NameAr : c.NameEn, Median([.. c.Scores.Values.Where(v => v is not null).Select(v => v!.Value)])))
            .ToList();
        var rows = comparison.League.Select(l => new GovernorateComparison(
                l.Governorate,
                names.TryGetValue(l.Governorate, out var name) ? (ar ? name.Ar : name.En) : l.Governorate,
                l.Rank,
                l.Overall,
                BandOf(edition, l.Band),
                BandName(edition, l.Band, ar),
                l.RankChange,
                [.. comparison.Criteria.Select(c => c.Scores.GetValueOrDefault(l.Governorate) is { } score
                    ? new CriterionScore(score, BandOf(edition, edition.BandFor(score).Code))
                    : new CriterionScore(null, null))]))
            .ToList();
        return new ComparisonModel(language, comparison.Year, new EditionRef(edition.Code, ar ? edition.NameAr : edition.NameEn),
            ReportEnumMapper.ToReport(Codes.Parse<DomainScoring.ScoreKind>(comparison.Kind)), clock.GetUtcNow(), verification, criteria, rows);
    }

    private static IndicatorResult Indicator(ScorecardIndicatorDto i, bool ar, CultureInfo culture)
    {
        var status = ReportEnumMapper.ToReport(i.Status);
        var unit = Codes.Parse<IndicatorUnit>(i.Unit);
        return new IndicatorResult(
            i.Code,
            ar ? i.NameAr : i.NameEn,
            UnitLabel(unit, culture),
            status == IndicatorStatus.Value ? i.Value : null,
            TargetText(i, unit, culture),
            status == IndicatorStatus.Value ? i.Score : null,
            ReportEnumMapper.ToReport(Codes.Parse<DomainScoring.TrafficLight>(i.Light)),
            i.Delta,
            status,
            null);
    }

    private static ReportNote Note(ScorecardIndicatorDto i, ScoreKind kind, CultureInfo culture)
    {
        var status = ReportEnumMapper.ToReport(i.Status);
        var key = status == IndicatorStatus.NotApplicable ? "report.note.not_applicable"
            : kind == ScoreKind.Final ? "report.note.missing.final" : "report.note.missing.provisional";
        return new ReportNote(i.Code, status, Messages.In(culture, key));
    }

    private static string UnitLabel(IndicatorUnit unit, CultureInfo culture) => Messages.In(culture, "report.unit." + unit.ToCode());

    /// <summary>The target as scored: one number for up and down indicators, "low–high" for a range; a percentage glued to its sign.</summary>
    private static string TargetText(ScorecardIndicatorDto i, IndicatorUnit unit, CultureInfo culture)
    {
        if (i.Target is not { } target)
        {
            return "—";
        }

        var text = i.Direction == IndicatorDirection.Range.ToCode() && i.TargetHigh is { } high ? $"{N(target)}–{N(high)}" : N(target);
        return unit == IndicatorUnit.Percent ? text + "%" : text + " " + UnitLabel(unit, culture);
    }

    private static string N(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>The median of each criterion's published score over the governorates' latest runs (unpublished ones left out).</summary>
    private async Task<Dictionary<string, decimal?>> CriterionMediansAsync(int year, CancellationToken cancellationToken)
    {
        var scores = await (
                from r in db.ScoreRuns.AsNoTracking()
                where r.Year == year && r.IsLatest
                join c in db.ScoreRunCriteria.AsNoTracking() on r.Id equals c.RunId
                where c.PublishedScore != null
                select new { c.Code, Score = c.PublishedScore!.Value })
            .ToListAsync(cancellationToken);
        return scores.GroupBy(s => s.Code).ToDictionary(g => g.Key, g => Median([.. g.Select(s => s.Score)]), StringComparer.Ordinal);
    }

    private Task<FrameworkEdition> EditionAsync(Guid editionId, CancellationToken cancellationToken) =>
        db.FrameworkEditions.AsNoTracking().Include(e => e.Bands).SingleAsync(e => e.Id == editionId, cancellationToken);

    private async Task<Dictionary<string, (string Ar, string En)>> NamesAsync(CancellationToken cancellationToken) =>
        (await db.OrgUnits.AsNoTracking().Where(o => o.Kind == Domain.Organisation.OrgUnitKind.Governorate)
            .Select(o => new { o.Code, o.NameAr, o.NameEn }).ToListAsync(cancellationToken))
        .ToDictionary(o => o.Code, o => (o.NameAr, o.NameEn), StringComparer.Ordinal);

    /// <summary>
    /// The document colours five bands. The default edition's band codes are their names; another edition's bands are placed
    /// by their position from the lowest, spread over the five colours.
    /// </summary>
    private static PdfBand? BandOf(FrameworkEdition edition, string? code)
    {
        if (code is null)
        {
            return null;
        }

        if (Enum.TryParse<PdfBand>(code, ignoreCase: true, out var named) && Enum.IsDefined(named) && !int.TryParse(code, out _))
        {
            return named;
        }

        var ordered = edition.Bands.OrderBy(b => b.MinScore).Select(b => b.Code).ToList();
        var index = ordered.IndexOf(code);
        if (index < 0)
        {
            return null;
        }

        var top = (int)PdfBand.Leading;
        return (PdfBand)(ordered.Count == 1 ? top : (int)Math.Round(index * (decimal)top / (ordered.Count - 1), MidpointRounding.AwayFromZero));
    }

    private static string? BandName(FrameworkEdition edition, string? code, bool ar) =>
        edition.Bands.FirstOrDefault(b => b.Code == code) is { } band ? (ar ? band.NameAr : band.NameEn) : null;

    private static decimal? Median(List<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}

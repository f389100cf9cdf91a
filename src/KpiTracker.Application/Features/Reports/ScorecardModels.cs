using System.Globalization;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Reports.Documents;
using DomainScoring = KpiTracker.Domain.Scoring;
using KpiTracker.Reports.Words;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Application.Features.Reports;

/// <summary>
/// Turns what the scorecard query answered into the scorecard document's model (for the PDF download and the CLI): names from
/// the edition and the organisation units in the document's language, fixed words from the resources, band codes onto the
/// document's bands, and the figures the query does not carry. A number the query does not
/// have stays null, which the document prints as an em dash, never as 0.
/// </summary>
internal sealed class ScorecardModels(AppDbContext db, TimeProvider clock, ReportIdentities identity)
{
    public async Task<ScorecardModel> BuildAsync(ScorecardDto card, ReportLanguage language, CancellationToken cancellationToken)
    {
        var ar = language == ReportLanguage.Arabic;
        var culture = language.Culture();
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Year == card.Year, cancellationToken);
        var edition = await ReportModelParts.EditionAsync(db, cycle.EditionId, cancellationToken);
        var governorates = await ReportModelParts.NamesAsync(db, cancellationToken);
        var kind = ReportEnumMapper.ToReport(Codes.Parse<DomainScoring.ScoreKind>(card.Run.Kind));
        var indicatorNames = card.Indicators.ToDictionary(i => i.Code, i => ar ? i.NameAr : i.NameEn);

        var criteria = card.Criteria.Select(c => new CriterionResult(
            c.Code, ar ? c.NameAr : c.NameEn, c.Score, ReportModelParts.BandOf(edition, c.Band), ReportModelParts.BandName(edition, c.Band, ar), c.NationalMedian, c.Delta)).ToList();
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
            new OverallResult(card.Overall, ReportModelParts.BandOf(edition, card.Band), ReportModelParts.BandName(edition, card.Band, ar), card.Rank, governorates.Count, card.Delta,
                card.Flags.Contains("insufficient_data"), card.Coverage, card.ValueCount, card.ApplicableCount),
            criteria,
            groups,
            new DataQualitySummary(card.Dqi, card.Quality?.Completeness, card.Quality?.Timeliness, card.Quality?.FirstPassAcceptance,
                card.Quality?.EvidenceReviewed, card.Quality?.ItemsWithoutOpenFlags),
            notes,
            [.. card.Trend.Select(t => new TrendYear(t.Year, ReportEnumMapper.ToReport(t.Kind), t.Overall, t.InsufficientData, t.Criteria))],
            identity.For(language),
            [.. card.Analyses.Select(a => new IndicatorAnalysis(
                a.Code,
                indicatorNames.GetValueOrDefault(a.Code, a.Code),
                card.Indicators.FirstOrDefault(i => i.Code == a.Code) is { } row ? ReportEnumMapper.ToReport(Codes.Parse<DomainScoring.TrafficLight>(row.Light)) : TrafficLight.Grey,
                a.Analysis,
                a.Recommendation))],
            card.Narrative?.Facts is { } facts ? [.. NarrativeWriter.Write(facts, culture).Select(s => s.Text)] : null)
        {
            Plan = await Actions.ActionPlanPage.BuildAsync(db, card.Year, card.Governorate, clock, cancellationToken) with
            {
                Commitments = [.. (card.Commitments ?? []).Select(c => new PlanCommitment(c.Indicator, indicatorNames.GetValueOrDefault(c.Indicator, c.Indicator), c.Commitment, c.Reported, c.Met))],
            },
        };
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
            i.ChangeBetweenValues,
            status,
            null,
            unit);
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

        var last = i.Direction == IndicatorDirection.Range.ToCode() && i.TargetHigh is { } high ? high : target;
        var text = last == target ? NumberText.Exact(target) : $"{NumberText.Exact(target)}–{NumberText.Exact(last)}";
        return unit switch
        {
            IndicatorUnit.Percent => text + NumberText.PercentSign,
            // "5 أيام عمل", "11 يوم عمل": the plural form agrees with the last number, from CLDR through ICU.
            IndicatorUnit.WorkingDays => Terms.CountIn(culture, "count.working_days", last, text),
            _ => text + " " + UnitLabel(unit, culture),
        };
    }
}

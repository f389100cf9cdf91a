using System.Globalization;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// The facts a scorecard's narrative is written from, all read from its run: the card's published numbers, the edition's band
/// names, and the plan to the next band, which is stated only when computed from the very inputs the run read (same input hash),
/// so the same run always gives the same text. The improvement loop's facts (commitments met, actions due) are not wired yet:
/// <see cref="NarrativeFacts.Commitments"/> and <see cref="NarrativeFacts.Actions"/> stay null and their sentences are left out.
/// </summary>
internal static class ScorecardNarratives
{
    public static async Task<NarrativeDto> ReadAsync(AppDbContext db, EditionModels editions, ScorecardDto card, CancellationToken cancellationToken)
    {
        var bands = (await ScoringNames.BandsAsync(db, card.Year, cancellationToken)).ToDictionary(b => b.Code, StringComparer.Ordinal);
        var loaded = await WhatIfInputs.LoadAsync(db, editions, card.Year, card.Governorate, cancellationToken);
        var plan = loaded is { } l && l.Inputs.Hash() == card.Run.InputHash ? WhatIfInputs.NextBand(card.Year, card.Governorate, l.Edition, l.Inputs) : null;
        var facts = Facts(card, bands, plan);
        return Write(facts, CultureInfo.CurrentUICulture);
    }

    /// <summary>The narrative of <paramref name="facts"/> in <paramref name="culture"/>, in the current reader's digits.</summary>
    public static NarrativeDto Write(NarrativeFacts facts, CultureInfo culture) =>
        new(facts.RunId, facts.InputHash, [.. NarrativeWriter.Write(facts, culture).Select(s => new NarrativeSentenceDto(
            s.Topic, s.Text, s.RunId, s.InputHash, [.. s.References.Select(r => new NarrativeReferenceDto(r.Kind, r.Code, r.Value))]))])
        {
            Facts = facts,
        };

    public static NarrativeFacts Facts(ScorecardDto card, IReadOnlyDictionary<string, BandDto> bands, NextBandDto? plan)
    {
        // A change is stated only against a prior index that was established (its coverage at least 2/3).
        var prior = card.Trend.SingleOrDefault(t => t.Year == card.Year - 1);
        var delta = prior is { InsufficientData: false, Overall: not null } ? card.Delta : null;
        return new NarrativeFacts(
            card.Year,
            card.Run.Id,
            card.Run.InputHash,
            new OverallFacts(card.Overall, Band(bands, card.Band), delta, card.Flags.Contains("insufficient_data"), card.Coverage, card.ValueCount, card.ApplicableCount),
            [.. card.Criteria.Select(c => new CriterionFacts(c.Code, new Named(c.Code, c.NameAr, c.NameEn), c.Published ? c.Score : null, c.Published ? c.Delta : null))],
            [.. card.Indicators.Where(i => i.ChangeBetweenValues is not null).Select(i => new IndicatorChange(i.Code, i.ChangeBetweenValues!.Value))],
            Plan(bands, plan),
            card.Quality is { } q ? new QualityFacts(card.Dqi, q.Completeness, q.Timeliness, q.FirstPassAcceptance, q.EvidenceReviewed, q.ItemsWithoutOpenFlags) : null);
    }

    private static PlanFacts? Plan(IReadOnlyDictionary<string, BandDto> bands, NextBandDto? next) =>
        next is { InsufficientData: false, NextBand: { } code, NextBandMinScore: { } min, Plan: { Steps.Count: > 0, InsufficientData: false, Overall: { } reached } plan }
        && Band(bands, code) is { } band
            ? new PlanFacts(band, min, [.. plan.Steps.Select(s => new PlanStep(s.Code, s.ValueToEnter))], reached)
            : null;

    private static Named? Band(IReadOnlyDictionary<string, BandDto> bands, string? code) =>
        code is not null && bands.TryGetValue(code, out var band) ? new Named(band.Code, band.NameAr, band.NameEn) : null;
}

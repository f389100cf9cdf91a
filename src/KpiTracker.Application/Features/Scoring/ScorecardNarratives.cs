using System.Globalization;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Domain.Improvement;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// The facts a scorecard's narrative is written from, all read from its run: the card's published numbers, the edition's band
/// names, and the plan to the next band, which is stated only when computed from the very inputs the run read (same input hash),
/// so the same run always gives the same text. The improvement loop's facts come from the same run: commitments met are the
/// card's own (<see cref="Features.Commitments.CommitmentOutcomes"/>: locked at the cycle's opening, before any run, against the run's values); the
/// actions due are the run's own loop score and count (its input hash covers the actions due), stated without their
/// indicators, which the run does not keep.
/// </summary>
internal static class ScorecardNarratives
{
    /// <summary>
    /// The card's narrative. <paramref name="current"/> is the plan over the current inputs when the caller computed it already
    /// (the scorecard page, for its what-if panel); without it the inputs are loaded here and planned only when they are the run's.
    /// </summary>
    public static async Task<NarrativeDto> ReadAsync(AppDbContext db, EditionModels editions, ScorecardDto card, CurrentPlan? current, CancellationToken cancellationToken)
    {
        var bands = (await ScoringNames.BandsAsync(db, card.Year, cancellationToken)).ToDictionary(b => b.Code, StringComparer.Ordinal);
        NextBandDto? plan;
        if (current is not null)
        {
            plan = current.InputHash == card.Run.InputHash ? current.Plan : null;
        }
        else
        {
            var loaded = await WhatIfInputs.LoadAsync(db, editions, card.Year, card.Governorate, cancellationToken);
            plan = loaded is { } l && l.Inputs.Hash() == card.Run.InputHash ? WhatIfInputs.NextBand(card.Year, card.Governorate, l.Edition, l.Inputs) : null;
        }

        var actions = await ActionsAsync(db, card.Run.Id, cancellationToken);
        var facts = Facts(card, bands, plan) with { Commitments = CommitmentFactsOf(card), Actions = actions };
        return Write(facts, CultureInfo.CurrentUICulture);
    }

    /// <summary>Each commitment locked for the card's cycle, met or not by the run's value, as the card states it (none locked: nothing to say).</summary>
    private static CommitmentFacts? CommitmentFactsOf(ScorecardDto card)
    {
        if (card.Commitments is not { Count: > 0 } outcomes)
        {
            return null;
        }

        string[] Codes(CommitmentMet met) => [.. outcomes.Where(o => o.Met == met).Select(o => o.Indicator).Order(StringComparer.Ordinal)];
        return new CommitmentFacts(Codes(CommitmentMet.Yes), Codes(CommitmentMet.No), Codes(CommitmentMet.NotMeasurable));
    }

    /// <summary>The run's actions due and their mean realisation (0–1); none due: nothing to say.</summary>
    private static async Task<ActionFacts?> ActionsAsync(AppDbContext db, Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.ScoreRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.LoopActions, r.LoopScore }).SingleAsync(cancellationToken);
        return run.LoopActions > 0 ? new ActionFacts(run.LoopActions, run.LoopScore / 100m, []) : null;
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

using KpiTracker.Reports.Words;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Cycles.ListCycles;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using Microsoft.Extensions.Localization;

namespace KpiTracker.Web.Components.Pages.Collection;

/// <summary>What the owner, reviewer and scorecard pages share: finding the cycle, dates and numbers, words for codes.</summary>
internal static class WorkPages
{
    public static readonly string[] ReturnReasons = ["evidence_missing", "calculation_error", "outlier_unexplained", "definition_mismatch", "other"];

    public static readonly string[] States = ["draft", "submitted", "returned", "accepted", "verified", "locked"];

    /// <summary>The cycle a page is about: the given year, or the newest open cycle.</summary>
    public static async Task<CycleSummaryDto?> CycleAsync(PageSender sender, int? year)
    {
        var cycles = await sender.Send(new ListCyclesQuery());
        if (!cycles.IsSuccess)
        {
            return null;
        }

        return year is { } y
            ? cycles.Value.FirstOrDefault(c => c.Year == y)
            : cycles.Value.Where(c => c.Status == CycleStatus.Open).OrderByDescending(c => c.Year).FirstOrDefault();
    }

    public static string Date(DateOnly day) => MuscatText.Day(day);

    /// <summary>
    /// Every deadline of the work pages, one way: the day it ends, "end of day, Muscat time" (a step of the calendar lasts
    /// until the end of its day in Muscat). The day is isolated so its digits keep their order in Arabic text.
    /// </summary>
    public static string Deadline(IStringLocalizer<Work> w, DateOnly day) => w["Due.EndOfDay", Text.Isolate(MuscatText.Day(day))];

    /// <summary>The same, for a deadline stored as the instant it ends (midnight after its day, Muscat time).</summary>
    public static string Deadline(IStringLocalizer<Work> w, DateTimeOffset endsAt) => Deadline(w, MuscatTime.DateEndingAt(endsAt));

    public static string Number(decimal? value) => value is { } v ? Text.Number(v) : "—";

    /// <summary>Scores as published: one decimal (<see cref="NumberText.Score"/>).</summary>
    public static string Score(decimal? value) => NumberText.Score(value);

    /// <summary>A share (0–1) as a percentage with one decimal and its sign (<see cref="NumberText.Share"/>).</summary>
    public static string Percent(decimal? share) => NumberText.Share(share);

    /// <summary>
    /// A number as typed back into a form field: in the user's digits, without grouping or the store's trailing zeros (24.500000
    /// shows as 24.5), which the server reads back whatever the digits (<see cref="DecimalInput"/>).
    /// </summary>
    public static string? Input(decimal? value) => NumberText.Input(value);

    public static string? Input(int? value) => NumberText.Input(value);

    public static string State(IStringLocalizer<Work> w, string state) => Terms.Get("state." + state);

    public static string State(IStringLocalizer<Work> w, SubmissionState state) => State(w, state.ToCode());

    public static string Reason(IStringLocalizer<Work> w, string? reason) => reason is null ? "" : w["Reason." + reason];
}

using KpiTracker.Application.Features.Actions;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Improvement;
using Microsoft.Extensions.Localization;

namespace KpiTracker.Web.Components.Pages.Collection.Actions;

/// <summary>One evidence file of an action, as the list passes it to the content beside the file.</summary>
public sealed record ActionFile(ActionDto Action, ActionEvidenceDto File);

/// <summary>How the action pages word a status, an effect and a realisation.</summary>
internal static class ActionWords
{
    public static readonly ActionStatus[] Statuses = [ActionStatus.Planned, ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Dropped];

    public static string Status(IStringLocalizer<Work> w, ActionStatus status) => w["Actions.Status." + status.ToCode()];

    /// <summary>The realisation as a share (0–1), or why there is none: not measured yet (no run of the due cycle) or not measurable.</summary>
    public static string Realisation(IStringLocalizer<Work> w, ActionDto action) =>
        !action.Measured ? w["Actions.NotYet"] : action.Realisation is { } r ? WorkPages.Percent(r) : w["Actions.NotMeasurable"];

    public static string Effect(ActionDto action) => action.Effect is { } e ? Text.Number(Math.Round(e, 2, MidpointRounding.AwayFromZero)) : "—";
}

namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// What waits for whom, one rule for the home page's counts and the queues they link to: an owner's returned items, then the
/// drafts still to submit while entry is open; a reviewer's submitted items, oldest first; the central team's accepted items and
/// open "not applicable" requests.
/// </summary>
internal static class WorkQueues
{
    /// <summary>An item submitted longer ago than this waits too long for its review: the queue calls it overdue and reviewers are reminded.</summary>
    public static readonly TimeSpan ReviewWait = TimeSpan.FromDays(5);

    /// <summary>An owner's order of urgency: 0 returned, 1 still to submit, 2 nothing to do (submitted, decided, waiting on N/A).</summary>
    public static int OwnerUrgency(SubmissionSummaryDto item, bool entryOpen) => item switch
    {
        { State: SubmissionState.Returned } => 0,
        { State: SubmissionState.Draft, NotApplicable: not NotApplicableRequest.Requested } when entryOpen => 1,
        _ => 2,
    };

    public static bool NeedsOwner(SubmissionSummaryDto item, bool entryOpen) => OwnerUrgency(item, entryOpen) < 2;

    /// <summary>Waiting for the governorate reviewer's decision.</summary>
    public static bool NeedsReviewer(SubmissionSummaryDto item) => item.State == SubmissionState.Submitted;

    /// <summary>Whole days an item has waited for review since it was submitted; null when it is not waiting.</summary>
    public static int? DaysWaiting(SubmissionSummaryDto item, DateTimeOffset now) =>
        NeedsReviewer(item) && item.SubmittedAt is { } at ? (int)(now - at).TotalDays : null;
}

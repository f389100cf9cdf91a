namespace KpiTracker.Domain.Collection;

/// <summary>
/// One step of an item's workflow as its people see it (who submitted, who returned and why). The audit log holds the same
/// facts for auditors; this history is what owners and reviewers read beside the item.
/// </summary>
public sealed class SubmissionEvent
{
    private SubmissionEvent()
    {
    }

    public Guid Id { get; private set; }
    public Guid SubmissionId { get; private set; }
    public int Revision { get; private set; }

    /// <summary>save, submit, accept, return, verify, request_na, grant_na, refuse_na, lock, missing, reopen, computed.</summary>
    public string Action { get; private set; } = "";
    public SubmissionState FromState { get; private set; }
    public SubmissionState ToState { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public ReturnReason? ReturnReason { get; private set; }
    public string? Text { get; private set; }

    internal static SubmissionEvent Create(Submission submission, string action, SubmissionState from, DateTimeOffset at, string actor, ReturnReason? reason = null, string? text = null) => new()
    {
        Id = Guid.NewGuid(),
        SubmissionId = submission.Id,
        Revision = submission.CurrentRevision,
        Action = action,
        FromState = from,
        ToState = submission.State,
        At = at,
        Actor = actor,
        ReturnReason = reason,
        Text = text,
    };
}

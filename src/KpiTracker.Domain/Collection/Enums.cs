namespace KpiTracker.Domain.Collection;

/// <summary>A cycle is planned (dates editable), open (collection and review) or closed (values locked, scores final).</summary>
public enum CycleStatus
{
    Planned,
    Open,
    Closed,
}

/// <summary>Where a cycle stands at a moment: derived from its status and calendar, never stored.</summary>
public enum CyclePhase
{
    Planned,

    /// <summary>Opened by the central team, but the opening date has not come yet.</summary>
    Scheduled,

    /// <summary>Owners enter and submit values.</summary>
    Collecting,

    /// <summary>After expiry: no new entry; returned items may still be answered; review and verification go on.</summary>
    Review,
    Closed,
}

/// <summary>The workflow state of one (cycle, governorate, indicator) item (DOMAIN section 6).</summary>
public enum SubmissionState
{
    Draft,
    Submitted,
    Returned,
    Accepted,
    Verified,
    Locked,

    /// <summary>Set at close for every item without an accepted or verified value.</summary>
    Missing,

    /// <summary>The central team granted the owner's request for not applicable.</summary>
    NotApplicable,
}

/// <summary>The owner's request to mark an item not applicable, and the central team's decision.</summary>
public enum NotApplicableRequest
{
    None,
    Requested,
    Granted,
    Refused,
}

/// <summary>Why a reviewer or the central team returned an item (DOMAIN section 6).</summary>
public enum ReturnReason
{
    EvidenceMissing,
    CalculationError,
    OutlierUnexplained,
    DefinitionMismatch,
    Other,
}

public enum FlagStatus
{
    Open,

    /// <summary>A reviewer confirmed the value is right, with a reason.</summary>
    Confirmed,

    /// <summary>The item was returned to its owner while the flag was open.</summary>
    Returned,
}

public enum NotificationKind
{
    SubmissionSubmitted,
    SubmissionReturned,
    NotApplicableGranted,
    NotApplicableRefused,
    SubmissionReopened,

    /// <summary>To an owner: the submission deadline is 14, 7 or 1 days away and the item is not submitted yet.</summary>
    DeadlineReminder,

    /// <summary>To a reviewer: the item has waited for review more than 5 days.</summary>
    ReviewWaiting,

    /// <summary>To an improvement action's responsible user: its due date is 14 or 3 days away.</summary>
    ActionDueSoon,

    /// <summary>To an improvement action's responsible user: its due date has passed and it is still open.</summary>
    ActionOverdue,

    /// <summary>To the central team: a governorate proposed a commitment.</summary>
    CommitmentProposed,

    /// <summary>To the proposer: the central team returned the commitment with a reason.</summary>
    CommitmentReturned,

    /// <summary>To the proposer: the central team approved the commitment.</summary>
    CommitmentApproved,
}

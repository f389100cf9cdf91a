namespace KpiTracker.Domain.Collection;

// What the cycle's close does to the item, and the central team's reopening after it (a restatement).
public sealed partial class Submission
{
    /// <summary>At close: accepted and verified values lock, not-applicable items stay so, everything else is missing.</summary>
    public void CloseOut(DateTimeOffset now, string actor)
    {
        switch (State)
        {
            case SubmissionState.Accepted or SubmissionState.Verified:
                LockedAt = now;
                Move(SubmissionState.Locked, "lock", now, actor);
                break;
            case SubmissionState.Locked or SubmissionState.NotApplicable or SubmissionState.Missing:
                break;
            default:
                Move(SubmissionState.Missing, "missing", now, actor);
                break;
        }
    }

    /// <summary>At close, for an indicator the platform computes (GOV-02): the computed value at full precision, locked; missing when there is none.</summary>
    public void SetComputedValue(Indicator indicator, decimal? value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Source != SourceType.Platform)
        {
            throw new DomainException($"{AuditKey} is entered, not computed.");
        }

        if (value is null)
        {
            CloseOut(now, "system");
            return;
        }

        // Kept at full precision, as scoring uses it: rounding here moved the scores and gap closure computed from it.
        Current.Apply(EntryValues.Empty with { Value = value }, now, "system");
        LockedAt = now;
        Move(SubmissionState.Locked, "computed", now, "system");
    }

    /// <summary>
    /// Whether the central team may reopen the item now: a locked or missing item of a closed cycle, of an indicator that is
    /// entered. A computed indicator (GOV-02) is never reopened: nobody could enter its new revision, so it would only turn
    /// from its computed value into a draft that can never be submitted.
    /// </summary>
    public RuleViolation? CheckReopen(Cycle cycle, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Source == SourceType.Platform ? new RuleViolation("", "reopen.computed")
            : cycle.Status != CycleStatus.Closed ? new RuleViolation("", "cycle.not_closed")
            : State is not (SubmissionState.Locked or SubmissionState.Missing) ? WrongState()
            : null;
    }

    /// <summary>Central team, after close: a locked or missing item goes back to draft as a new revision that starts from the last one's values.</summary>
    public IReadOnlyList<RuleViolation> Reopen(Cycle cycle, Indicator indicator, string reason, DateTimeOffset now, string actor)
    {
        if (CheckReopen(cycle, indicator) is { } blocked)
        {
            return [blocked];
        }

        var problems = ReasonText(reason, "reason", "reopen.reason.required");
        if (problems.Count > 0)
        {
            return problems;
        }

        var values = Current.Values;
        CurrentRevision++;
        _revisions.Add(Revision.Create(this, CurrentRevision, values, now));
        (AcceptedAt, VerifiedAt, LockedAt) = (null, null, null);
        (ReturnReason, ReturnText, ReturnedAt, ReturnedBy) = (null, null, null, null);
        return Move(SubmissionState.Draft, "reopen", now, actor, text: reason.Trim());
    }
}

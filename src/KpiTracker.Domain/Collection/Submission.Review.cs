namespace KpiTracker.Domain.Collection;

// The review path: the owner submits, the reviewer accepts or returns, the central team verifies.
public sealed partial class Submission
{
    /// <summary>
    /// Owner: draft or returned → submitted, when complete (<see cref="ValueRules.CheckComplete"/>), with an analysis when the
    /// value's light under <paramref name="yardstick"/> is red (<see cref="ValueRules.CheckAnalysis"/>), and no N/A request pending.
    /// </summary>
    public IReadOnlyList<RuleViolation> Submit(Cycle cycle, Indicator indicator, decimal? previousValue, ValueYardstick yardstick, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(yardstick);
        if (CheckEntry(cycle, indicator, now) is { } blocked)
        {
            return [blocked];
        }

        if (NotApplicable == NotApplicableRequest.Requested)
        {
            return [new RuleViolation("", "na.pending")];
        }

        var incomplete = ValueRules.CheckComplete(indicator, Current.Values, previousValue, Current.EvidenceCount).ToList();
        if (ValueRules.CheckAnalysis(yardstick, Current.Values) is { } noAnalysis)
        {
            incomplete.Add(noAnalysis);
        }

        if (incomplete.Count > 0)
        {
            return incomplete;
        }

        var from = State;
        State = SubmissionState.Submitted;
        SubmitCount++;
        FirstSubmittedAt ??= now;
        SubmittedAt = now;
        Current.MarkSubmitted(now);
        Raise(new OutlierScanRequested(CycleId));
        return Record("submit", from, now, actor);
    }

    /// <summary>Governorate reviewer: submitted → accepted, with an optional recommendation on the revision (its text rules apply).</summary>
    public IReadOnlyList<RuleViolation> Accept(DateTimeOffset now, string actor, string? recommendation = null)
    {
        if (State != SubmissionState.Submitted)
        {
            return [WrongState()];
        }

        var problems = TextRules.Check(recommendation, "recommendation", ValueRules.AnalysisMaxLength).ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        if (TextRules.Clean(recommendation) is { } text)
        {
            Current.Recommend(text, now, actor);
        }

        AcceptedAt = now;
        return Move(SubmissionState.Accepted, "accept", now, actor);
    }

    /// <summary>Reviewer (from submitted) or central team (from accepted or verified): back to the owner with a reason.</summary>
    public IReadOnlyList<RuleViolation> Return(ReturnReason reason, string text, DateTimeOffset now, string actor)
    {
        if (State is not (SubmissionState.Submitted or SubmissionState.Accepted or SubmissionState.Verified))
        {
            return [WrongState()];
        }

        var problems = ReasonText(text, "text", "return.text.required");
        if (problems.Count > 0)
        {
            return problems;
        }

        ReturnReason = reason;
        ReturnText = text.Trim();
        ReturnedAt = now;
        ReturnedBy = actor;
        ReturnCount++;
        AcceptedAt = null;
        VerifiedAt = null;
        return Move(SubmissionState.Returned, "return", now, actor, reason, ReturnText);
    }

    /// <summary>Central team: accepted → verified; in a closed cycle (a restatement) straight on to locked.</summary>
    public IReadOnlyList<RuleViolation> Verify(Cycle cycle, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        if (State != SubmissionState.Accepted)
        {
            return [WrongState()];
        }

        VerifiedAt = now;
        if (cycle.Status == CycleStatus.Closed)
        {
            LockedAt = now;
            return Move(SubmissionState.Locked, "verify", now, actor);
        }

        return Move(SubmissionState.Verified, "verify", now, actor);
    }
}

namespace KpiTracker.Domain.Collection;

// Not applicable: the owner asks with a reason, the central team grants or refuses.
public sealed partial class Submission
{
    /// <summary>Owner: asks for not applicable, with a reason; the item waits for the central team's decision.</summary>
    public IReadOnlyList<RuleViolation> RequestNotApplicable(Cycle cycle, Indicator indicator, string reason, DateTimeOffset now, string actor)
    {
        if (CheckEntry(cycle, indicator, now) is { } blocked)
        {
            return [blocked];
        }

        if (NotApplicable == NotApplicableRequest.Requested)
        {
            return [new RuleViolation("", "na.pending")];
        }

        var problems = ReasonText(reason, "reason", "na.reason.required");
        if (problems.Count > 0)
        {
            return problems;
        }

        NotApplicable = NotApplicableRequest.Requested;
        NotApplicableReason = reason.Trim();
        NotApplicableDecision = null;
        return Record("request_na", State, now, actor, text: NotApplicableReason);
    }

    /// <summary>
    /// Whether the central team may decide a not-applicable request now: one must be pending, and in a closed cycle only on a
    /// reopened item (a restatement the central team started), never on the original revision the close settled.
    /// </summary>
    public RuleViolation? CheckNotApplicableDecision(Cycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return NotApplicable != NotApplicableRequest.Requested ? new RuleViolation("", "na.not_requested")
            : cycle.Status == CycleStatus.Closed && CurrentRevision == 1 ? new RuleViolation("", "cycle.closed")
            : null;
    }

    /// <summary>
    /// Central team: grants the pending request (the item becomes not applicable, final also in a closed cycle) or refuses it
    /// with a reason (the owner then enters and submits the value). See <see cref="CheckNotApplicableDecision"/>.
    /// </summary>
    public IReadOnlyList<RuleViolation> DecideNotApplicable(Cycle cycle, bool grant, string? reason, DateTimeOffset now, string actor)
    {
        if (CheckNotApplicableDecision(cycle) is { } blocked)
        {
            return [blocked];
        }

        var problems = grant ? TextRules.Check(reason, "reason").ToList() : ReasonText(reason, "reason", "na.decision.reason_required");
        if (problems.Count > 0)
        {
            return problems;
        }

        NotApplicableDecision = TextRules.Clean(reason);
        if (!grant)
        {
            NotApplicable = NotApplicableRequest.Refused;
            return Record("refuse_na", State, now, actor, text: NotApplicableDecision);
        }

        NotApplicable = NotApplicableRequest.Granted;
        return Move(SubmissionState.NotApplicable, "grant_na", now, actor, text: NotApplicableDecision);
    }
}

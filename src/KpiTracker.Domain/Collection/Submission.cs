using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Domain.Collection;

/// <summary>
/// The item of one governorate and one indicator in one cycle, with its revisions and its workflow (DOMAIN section 6):
/// draft → submitted → accepted → verified → locked, returned from submitted (reviewer), accepted or verified (central
/// team) with a reason; not applicable on the owner's request when the central team grants it; missing when the cycle
/// closes without an accepted value; reopened (new revision) by the central team after lock, when the central team also
/// decides not-applicable requests on it. No reachable state is a dead end (see the workflow walk in the domain tests).
/// Every method returns the rules its call breaks; an empty list means the change was made. A violation without a field
/// is a conflict with the item's or cycle's state; one with a field is a problem with the input.
/// </summary>
public sealed class Submission : IAudited
{
    private readonly List<Revision> _revisions = [];
    private readonly List<SubmissionEvent> _events = [];

    private Submission()
    {
    }

    public Guid Id { get; private set; }
    public Guid CycleId { get; private set; }
    public int Year { get; private set; }
    public string OrgUnitCode { get; private set; } = "";
    public string IndicatorCode { get; private set; } = "";
    public SubmissionState State { get; private set; }
    public int CurrentRevision { get; private set; }
    public NotApplicableRequest NotApplicable { get; private set; }
    public string? NotApplicableReason { get; private set; }
    public string? NotApplicableDecision { get; private set; }
    public ReturnReason? ReturnReason { get; private set; }
    public string? ReturnText { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public string? ReturnedBy { get; private set; }
    public int SubmitCount { get; private set; }
    public int ReturnCount { get; private set; }

    /// <summary>The first submission (for timeliness and completeness, GOV-02); kept through returns and reopens.</summary>
    public DateTimeOffset? FirstSubmittedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public DateTimeOffset? LockedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<Revision> Revisions => _revisions;
    public IReadOnlyList<SubmissionEvent> Events => _events;

    public string AuditKey => $"{Year}/{OrgUnitCode}/{IndicatorCode}";

    /// <summary>The revision being worked on; needs the revisions loaded.</summary>
    public Revision Current =>
        _revisions.FirstOrDefault(r => r.Number == CurrentRevision)
        ?? throw new DomainException($"Submission {AuditKey}: revision {CurrentRevision} is not loaded.");

    /// <summary>States whose value counts in scores (DOMAIN section 6).</summary>
    public static bool HasAcceptedValue(SubmissionState state) => state is SubmissionState.Accepted or SubmissionState.Verified or SubmissionState.Locked;

    public static Submission Create(Cycle cycle, string orgUnitCode, Indicator indicator, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(indicator);
        var submission = new Submission
        {
            Id = Guid.NewGuid(),
            CycleId = cycle.Id,
            Year = cycle.Year,
            OrgUnitCode = orgUnitCode,
            IndicatorCode = indicator.Code,
            State = SubmissionState.Draft,
            CurrentRevision = 1,
            NotApplicable = NotApplicableRequest.None,
            UpdatedAt = now,
        };
        submission._revisions.Add(Revision.Create(submission, 1, EntryValues.Empty, now));
        return submission;
    }

    /// <summary>Whether the owner may change the item now: a draft or returned item, inside the entry window (see <see cref="CheckEntry"/>).</summary>
    public RuleViolation? CheckEntry(Cycle cycle, Indicator indicator, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Source == SourceType.Platform)
        {
            return new RuleViolation("", "indicator.computed");
        }

        if (State is not (SubmissionState.Draft or SubmissionState.Returned))
        {
            return WrongState();
        }

        return cycle.Status switch
        {
            CycleStatus.Planned => new RuleViolation("", "cycle.not_open"),
            CycleStatus.Open when now < cycle.OpensAt => new RuleViolation("", "cycle.not_open"),
            // After expiry only answers to returns come in; new entries count as missing.
            CycleStatus.Open when now >= cycle.ExpiresAt && State != SubmissionState.Returned => new RuleViolation("", "cycle.entry_closed"),
            // A closed cycle has draft or returned items only when they were reopened for a restatement.
            CycleStatus.Closed when CurrentRevision == 1 => new RuleViolation("", "cycle.closed"),
            _ => null,
        };
    }

    public IReadOnlyList<RuleViolation> SaveDraft(Cycle cycle, Indicator indicator, EntryValues values, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (CheckEntry(cycle, indicator, now) is { } blocked)
        {
            return [blocked];
        }

        Current.Apply(values, now, actor);
        UpdatedAt = now;
        return [];
    }

    /// <summary>Owner: draft or returned → submitted, when complete (<see cref="ValueRules.CheckComplete"/>) and no N/A request is pending.</summary>
    public IReadOnlyList<RuleViolation> Submit(Cycle cycle, Indicator indicator, decimal? previousValue, DateTimeOffset now, string actor)
    {
        if (CheckEntry(cycle, indicator, now) is { } blocked)
        {
            return [blocked];
        }

        if (NotApplicable == NotApplicableRequest.Requested)
        {
            return [new RuleViolation("", "na.pending")];
        }

        var incomplete = ValueRules.CheckComplete(indicator, Current.Values, previousValue, Current.EvidenceCount);
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
        return Record("submit", from, now, actor);
    }

    /// <summary>Governorate reviewer: submitted → accepted.</summary>
    public IReadOnlyList<RuleViolation> Accept(DateTimeOffset now, string actor)
    {
        if (State != SubmissionState.Submitted)
        {
            return [WrongState()];
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

    private static List<RuleViolation> ReasonText(string? text, string field, string requiredCode) =>
        string.IsNullOrWhiteSpace(text) ? [new RuleViolation(field, requiredCode)] : [.. TextRules.Check(text, field)];

    private RuleViolation WrongState() => new("", "submission.wrong_state", State.ToCode());

    private List<RuleViolation> Move(SubmissionState to, string action, DateTimeOffset now, string actor, ReturnReason? reason = null, string? text = null)
    {
        var from = State;
        State = to;
        return Record(action, from, now, actor, reason, text);
    }

    private List<RuleViolation> Record(string action, SubmissionState from, DateTimeOffset now, string actor, ReturnReason? reason = null, string? text = null)
    {
        UpdatedAt = now;
        _events.Add(SubmissionEvent.Create(this, action, from, now, actor, reason, text));
        return [];
    }
}

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
public sealed partial class Submission : EventSource, IAudited
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
        // A state is what scoring reads of the item (value, N/A, missing, pending): every move changes its inputs.
        if (from != State)
        {
            Raise(new ScoringInputsChanged(CycleId, OrgUnitCode));
        }

        return [];
    }
}

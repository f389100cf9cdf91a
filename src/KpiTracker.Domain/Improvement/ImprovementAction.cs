using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Improvement;

/// <summary>
/// What a governorate will do about a weak indicator (DOMAIN section 8): opened by its reviewer in the cycle whose scorecard
/// showed the weakness, aimed at one indicator, with the value it expects at the next cycle. <see cref="Baseline"/> is the
/// indicator's value in the opening cycle; <see cref="ActionEffect"/> measures the action against it once it is due
/// (<see cref="LoopScore.IsDue"/>). Known to the wire by its governorate and <see cref="Number"/>, never its id.
/// Every method returns the rules its call breaks; an empty list means the change was made.
/// </summary>
public sealed class ImprovementAction : EventSource, IAudited
{
    public const int TitleMaxLength = 200;

    /// <summary>At most this many evidence files per action, as per item revision.</summary>
    public const int MaxEvidence = 10;

    private ImprovementAction()
    {
    }

    public Guid Id { get; private set; }
    public string OrgUnitCode { get; private set; } = "";
    public int Number { get; private set; }
    public Guid CycleId { get; private set; }

    /// <summary>The cycle it was opened in, whose value is the baseline.</summary>
    public int Year { get; private set; }
    public string IndicatorCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public Guid ResponsibleUserId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public decimal Baseline { get; private set; }
    public decimal Expected { get; private set; }
    public ActionStatus Status { get; private set; }
    public string? DropReason { get; private set; }

    /// <summary>The latest progress note; earlier ones stay in the audit log.</summary>
    public string? ProgressNote { get; private set; }
    /// <summary>Which reminders went out (<see cref="ActionReminders"/>): bit 0 at 14 days, bit 1 at 3 days, bit 2 the day after.</summary>
    public int RemindersSent { get; private set; }

    /// <summary>How many evidence files (<see cref="ActionEvidence"/>) the action carries; done needs at least one.</summary>
    public int EvidenceCount { get; private set; }
    public string OpenedBy { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public string AuditKey => $"{OrgUnitCode}/{Number}";

    public bool IsOpen => Status is ActionStatus.Planned or ActionStatus.InProgress;

    public bool IsOverdue(DateOnly today) => IsOpen && today > DueDate;

    /// <summary>
    /// Whether an action may be opened on an indicator: its light is red or amber, or its criterion is below Established.
    /// A baseline value is needed to measure the effect later.
    /// </summary>
    public static RuleViolation? CheckWeak(TrafficLight light, bool criterionBelowEstablished, decimal? baseline) =>
        light is not (TrafficLight.Red or TrafficLight.Amber) && !criterionBelowEstablished ? new RuleViolation("indicator", "action.not_weak")
        : baseline is null ? new RuleViolation("indicator", "action.no_baseline")
        : null;

    public static (ImprovementAction? Action, IReadOnlyList<RuleViolation> Problems) Open(ActionDraft draft, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<RuleViolation>();
        if (CheckWeak(draft.Light, draft.CriterionBelowEstablished, draft.Baseline) is { } weak)
        {
            problems.Add(weak);
        }

        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            problems.Add(new RuleViolation("title", "action.title.required"));
        }

        problems.AddRange(TextRules.Check(draft.Title, "title", TitleMaxLength));
        problems.AddRange(TextRules.Check(draft.Description, "description"));
        if (draft.DueDate <= MuscatTime.DateOf(now))
        {
            problems.Add(new RuleViolation("dueDate", "action.due.past"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new ImprovementAction
        {
            Id = Guid.NewGuid(),
            OrgUnitCode = draft.OrgUnitCode,
            Number = draft.Number,
            CycleId = draft.CycleId,
            Year = draft.Year,
            IndicatorCode = draft.IndicatorCode,
            Title = draft.Title.Trim(),
            Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim(),
            ResponsibleUserId = draft.ResponsibleUserId,
            DueDate = draft.DueDate,
            Baseline = draft.Baseline!.Value,
            Expected = draft.Expected,
            Status = ActionStatus.Planned,
            OpenedBy = actor,
            OpenedAt = now,
            UpdatedAt = now,
        }, []);
    }

    /// <summary>
    /// Moves the action on: planned → in_progress → done, or to dropped from either open state (a reason is then required).
    /// Done needs at least one evidence file of its completion.
    /// A note may come with any change, or alone (same status) while the action is open.
    /// </summary>
    public IReadOnlyList<RuleViolation> Update(ActionStatus target, string? note, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return [new RuleViolation("", "action.closed")];
        }

        var allowed = target == Status
            || (Status, target) is (ActionStatus.Planned, ActionStatus.InProgress) or (_, ActionStatus.Done) or (_, ActionStatus.Dropped);
        if (!allowed)
        {
            return [new RuleViolation("status", "action.status.invalid")];
        }

        if (target == ActionStatus.Dropped && string.IsNullOrWhiteSpace(note))
        {
            return [new RuleViolation("note", "action.drop.reason_required")];
        }

        if (target == ActionStatus.Done && EvidenceCount == 0)
        {
            return [new RuleViolation("evidence", "action.done.evidence_required")];
        }

        var problems = TextRules.Check(note, "note").ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (target == ActionStatus.Dropped)
        {
            DropReason = text;
        }
        else if (text is not null)
        {
            ProgressNote = text;
        }

        Status = target;
        UpdatedAt = now;
        return [];
    }

    /// <summary>Why no evidence file may be added now, if it may not: the action is closed, or it has <see cref="MaxEvidence"/> files.</summary>
    public RuleViolation? CheckAddEvidence() =>
        !IsOpen ? new RuleViolation("", "action.closed")
        : EvidenceCount >= MaxEvidence ? new RuleViolation("file", "action.evidence.too_many", MaxEvidence)
        : null;

    internal void EvidenceAdded(DateTimeOffset now)
    {
        EvidenceCount++;
        UpdatedAt = now;
    }

    /// <summary>A file is removed, while the action is open: a done action keeps the evidence it was closed on.</summary>
    internal RuleViolation? EvidenceRemoved(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return new RuleViolation("", "action.closed");
        }

        if (EvidenceCount == 0)
        {
            throw new DomainException($"Action {AuditKey} has no evidence to remove.");
        }

        EvidenceCount--;
        UpdatedAt = now;
        return null;
    }

    /// <summary>
    /// The run of the cycle this action is due in reads it (<see cref="LoopScore.IsDue"/>): opening or dropping the action changes
    /// that run's inputs, so it asks for the run again (<paramref name="dueCycleId"/>, the cycle of the due date's year).
    /// </summary>
    public void ChangedDueCycleInputs(Guid dueCycleId) => Raise(new ScoringInputsChanged(dueCycleId, OrgUnitCode));

    /// <summary>The reminder due today that has not gone out yet, if any (<see cref="ActionReminders.Due"/>), marked as sent.</summary>
    public int? TakeReminder(DateOnly today)
    {
        if (!IsOpen || ActionReminders.Due(DueDate, today, RemindersSent) is not { } reminder)
        {
            return null;
        }

        RemindersSent |= reminder.Bit;
        return reminder.Days;
    }
}

namespace KpiTracker.Domain.Collection;

/// <summary>
/// One yearly data collection on a published framework edition. The calendar is stored as UTC instants: the opening as the
/// start of its Muscat day, every other step as the end of its Muscat day (see <see cref="MuscatTime"/>).
/// </summary>
public sealed class Cycle : IAudited
{
    private Cycle()
    {
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public Guid EditionId { get; private set; }
    public CycleStatus Status { get; private set; }
    public DateTimeOffset OpensAt { get; private set; }
    public DateTimeOffset SubmissionDeadlineAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset ReviewDueAt { get; private set; }
    public DateTimeOffset VerificationDueAt { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The central team asks for an improvement action on every red indicator of the cycle (DOMAIN section 8).</summary>
    public bool RequireActionsForRed { get; private set; }

    public string AuditKey => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public CycleCalendar Calendar => new(
        MuscatTime.DateOf(OpensAt),
        MuscatTime.DateEndingAt(SubmissionDeadlineAt),
        MuscatTime.DateEndingAt(ExpiresAt),
        MuscatTime.DateEndingAt(ReviewDueAt),
        MuscatTime.DateEndingAt(VerificationDueAt),
        MuscatTime.DateEndingAt(ClosesAt));

    public static Cycle Create(int year, Guid editionId, CycleCalendar calendar, DateTimeOffset now)
    {
        var cycle = new Cycle { Id = Guid.NewGuid(), Year = year, EditionId = editionId, Status = CycleStatus.Planned, CreatedAt = now };
        cycle.Schedule(calendar);
        return cycle;
    }

    public void RequireActions(bool required) => RequireActionsForRed = required;

    /// <summary>Dates change only before the cycle opens.</summary>
    public void Reschedule(CycleCalendar calendar)
    {
        if (Status != CycleStatus.Planned)
        {
            throw new DomainException($"Cycle {Year} is {Status}; its dates no longer change.");
        }

        Schedule(calendar);
    }

    public void Open(DateTimeOffset now)
    {
        if (Status != CycleStatus.Planned)
        {
            throw new DomainException($"Cycle {Year} is {Status} and cannot open.");
        }

        Status = CycleStatus.Open;
        OpenedAt = now;
    }

    /// <summary>Why the cycle cannot close now, if it cannot: only an open cycle closes, and only once entry has closed.</summary>
    public RuleViolation? CheckClose(DateTimeOffset now) =>
        Status != CycleStatus.Open ? new RuleViolation("", "cycle.not_open_status")
        : now < ExpiresAt ? new RuleViolation("", "cycle.close.too_early")
        : null;

    /// <summary>Marks the cycle closed; the items are locked by <see cref="Submission.CloseOut"/> in the same transaction.</summary>
    public void Close(DateTimeOffset now)
    {
        if (CheckClose(now) is { } broken)
        {
            throw new DomainException($"Cycle {Year}: {broken.Code}");
        }

        Status = CycleStatus.Closed;
        ClosedAt = now;
    }

    public CyclePhase PhaseAt(DateTimeOffset now) => Status switch
    {
        CycleStatus.Planned => CyclePhase.Planned,
        CycleStatus.Closed => CyclePhase.Closed,
        _ when now < OpensAt => CyclePhase.Scheduled,
        _ when now < ExpiresAt => CyclePhase.Collecting,
        _ => CyclePhase.Review,
    };

    /// <summary>Submitted at this instant, was it on time (before the end of the deadline day)?</summary>
    public bool IsOnTime(DateTimeOffset submittedAt) => submittedAt < SubmissionDeadlineAt;

    private void Schedule(CycleCalendar calendar)
    {
        if (calendar.Check().FirstOrDefault() is { } broken)
        {
            throw new DomainException($"Cycle {Year}: {broken.Code} at {broken.Field}");
        }

        OpensAt = MuscatTime.StartOfDay(calendar.Opens);
        SubmissionDeadlineAt = MuscatTime.EndOfDay(calendar.SubmissionDeadline);
        ExpiresAt = MuscatTime.EndOfDay(calendar.Expiry);
        ReviewDueAt = MuscatTime.EndOfDay(calendar.ReviewDue);
        VerificationDueAt = MuscatTime.EndOfDay(calendar.VerificationDue);
        ClosesAt = MuscatTime.EndOfDay(calendar.Closes);
    }
}

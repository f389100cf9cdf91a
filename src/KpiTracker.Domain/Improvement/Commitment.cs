namespace KpiTracker.Domain.Improvement;

/// <summary>
/// A governorate's commitment: the value it means to reach for one indicator in the cycle of <see cref="Year"/> (DOMAIN
/// section 8). Proposed by the governorate reviewer from the previous cycle's results, approved or returned with a reason by
/// the central team, locked when that cycle opens. Scoring never reads it: the edition's L and T stay the national yardstick.
/// </summary>
public sealed class Commitment : IAudited
{
    public const int MaxReasonLength = 1000;

    private Commitment()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The cycle the commitment is for (the one after the cycle whose results it was proposed from).</summary>
    public int Year { get; private set; }
    public string OrgUnitCode { get; private set; } = "";
    public string IndicatorCode { get; private set; } = "";
    public decimal Value { get; private set; }
    public CommitmentStatus Status { get; private set; }
    public string? ReturnReason { get; private set; }
    public Guid? ProposedById { get; private set; }
    public string ProposedBy { get; private set; } = "";
    public DateTimeOffset ProposedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateTimeOffset? LockedAt { get; private set; }
    public uint Version { get; private set; }

    public string AuditKey => $"{Year}/{OrgUnitCode}/{IndicatorCode}";

    /// <summary>The value must be one the indicator allows (and a whole number for counts), like an entered value.</summary>
    public static IEnumerable<RuleViolation> CheckValue(Indicator indicator, decimal value, string field = "value")
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if ((indicator.AllowedMin is { } min && value < min) || (indicator.AllowedMax is { } max && value > max))
        {
            yield return new RuleViolation(field, "commitment.value.out_of_range", indicator.AllowedMin ?? 0m, indicator.AllowedMax ?? 0m);
        }
        else if (indicator.Unit == IndicatorUnit.Count && decimal.Truncate(value) != value)
        {
            yield return new RuleViolation(field, "commitment.value.whole");
        }
    }

    public static Commitment Propose(int year, string orgUnitCode, Indicator indicator, decimal value, Guid? userId, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var commitment = new Commitment { Id = Guid.NewGuid(), Year = year, OrgUnitCode = orgUnitCode, IndicatorCode = indicator.Code };
        commitment.SetProposal(indicator, value, userId, actor, now);
        return commitment;
    }

    /// <summary>Proposes again (after a return, or a change before the central team decides or before the cycle opens).</summary>
    public IReadOnlyList<RuleViolation> Repropose(Indicator indicator, decimal value, Guid? userId, string actor, DateTimeOffset now)
    {
        if (Status == CommitmentStatus.Locked)
        {
            return [new RuleViolation("", "commitment.locked", Year)];
        }

        var broken = CheckValue(indicator, value).ToList();
        if (broken.Count == 0)
        {
            SetProposal(indicator, value, userId, actor, now);
        }

        return broken;
    }

    public IReadOnlyList<RuleViolation> Approve(string actor, DateTimeOffset now) =>
        Decide(CommitmentStatus.Approved, null, actor, now);

    public IReadOnlyList<RuleViolation> Return(string reason, string actor, DateTimeOffset now) =>
        Decide(CommitmentStatus.Returned, reason, actor, now);

    /// <summary>Locks an approved commitment when its cycle opens; the others stay as they are (and no longer count).</summary>
    public bool LockAtOpening(DateTimeOffset now)
    {
        if (Status != CommitmentStatus.Approved)
        {
            return false;
        }

        Status = CommitmentStatus.Locked;
        LockedAt = now;
        Version++;
        return true;
    }

    /// <summary>
    /// Is the commitment met by what the cycle reported: yes when the value is at least as good as the commitment (direction-aware),
    /// not measurable without a value (N/A or missing).
    /// </summary>
    public static CommitmentMet MetBy(Betterness scale, decimal commitment, decimal? reported)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return reported is not { } value ? CommitmentMet.NotMeasurable
            : scale.IsWorse(value, commitment) ? CommitmentMet.No
            : CommitmentMet.Yes;
    }

    private IReadOnlyList<RuleViolation> Decide(CommitmentStatus to, string? reason, string actor, DateTimeOffset now)
    {
        if (Status == CommitmentStatus.Locked)
        {
            return [new RuleViolation("", "commitment.locked", Year)];
        }

        // Approving needs a proposal in front of the central team; returning may also withdraw an approval before the lock.
        var allowed = to == CommitmentStatus.Approved ? Status == CommitmentStatus.Proposed : Status is CommitmentStatus.Proposed or CommitmentStatus.Approved;
        if (!allowed)
        {
            return [new RuleViolation("", "commitment.not_proposed")];
        }

        Status = to;
        ReturnReason = reason?.Trim();
        DecidedBy = actor;
        DecidedAt = now;
        Version++;
        return [];
    }

    private void SetProposal(Indicator indicator, decimal value, Guid? userId, string actor, DateTimeOffset now)
    {
        if (CheckValue(indicator, value).FirstOrDefault() is { } broken)
        {
            throw new DomainException($"Commitment {AuditKey}: {broken.Code}");
        }

        Value = value;
        Status = CommitmentStatus.Proposed;
        ReturnReason = null;
        ProposedById = userId;
        ProposedBy = actor;
        ProposedAt = now;
        DecidedBy = null;
        DecidedAt = null;
        Version++;
    }
}

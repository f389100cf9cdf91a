using System.Text.Json.Serialization;

namespace KpiTracker.Application.Features.Cycles;

/// <summary>The cycle's dates in Asia/Muscat.</summary>
public sealed record CycleCalendarDto(DateOnly Opens, DateOnly SubmissionDeadline, DateOnly Expiry, DateOnly ReviewDue, DateOnly VerificationDue, DateOnly Closes);

/// <summary>The same steps as UTC instants: entry opens at <see cref="OpensAt"/>; every other step ends at its instant.</summary>
public sealed record CycleScheduleDto(DateTimeOffset OpensAt, DateTimeOffset SubmissionDeadlineAt, DateTimeOffset ExpiresAt, DateTimeOffset ReviewDueAt, DateTimeOffset VerificationDueAt, DateTimeOffset ClosesAt);

public sealed record TargetOverrideDto(string Governorate, string Indicator, decimal Lower, decimal Target, DateTimeOffset UpdatedAt);

public sealed record CycleSummaryDto(
    int Year,
    string Edition,
    [property: JsonConverter(typeof(CodeJsonConverter<CycleStatus>))] CycleStatus Status,
    [property: JsonConverter(typeof(CodeJsonConverter<CyclePhase>))] CyclePhase Phase,
    bool EntryOpen,
    CycleCalendarDto Calendar);

public sealed record CycleDto(
    int Year,
    string Edition,
    [property: JsonConverter(typeof(CodeJsonConverter<CycleStatus>))] CycleStatus Status,
    [property: JsonConverter(typeof(CodeJsonConverter<CyclePhase>))] CyclePhase Phase,
    bool EntryOpen,
    CycleCalendarDto Calendar,
    CycleScheduleDto Schedule,
    DateTimeOffset CreatedAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<TargetOverrideDto> TargetOverrides);

/// <summary>Dates sent by the central team; a missing date keeps its current (or default) value.</summary>
public sealed record CalendarInput(DateOnly? Opens, DateOnly? SubmissionDeadline, DateOnly? Expiry, DateOnly? ReviewDue, DateOnly? VerificationDue, DateOnly? Closes)
{
    public CycleCalendar Over(CycleCalendar current) => new(
        Opens ?? current.Opens,
        SubmissionDeadline ?? current.SubmissionDeadline,
        Expiry ?? current.Expiry,
        ReviewDue ?? current.ReviewDue,
        VerificationDue ?? current.VerificationDue,
        Closes ?? current.Closes);
}

internal static class CycleMapper
{
    public static CycleCalendarDto ToDto(CycleCalendar c) => new(c.Opens, c.SubmissionDeadline, c.Expiry, c.ReviewDue, c.VerificationDue, c.Closes);

    /// <summary>Entry is open for new values: the cycle is collecting (returned items may still be answered later, until close).</summary>
    public static bool EntryOpen(Cycle cycle, DateTimeOffset now) => cycle.PhaseAt(now) == CyclePhase.Collecting;

    public static CycleSummaryDto ToSummary(Cycle cycle, string edition, DateTimeOffset now) =>
        new(cycle.Year, edition, cycle.Status, cycle.PhaseAt(now), EntryOpen(cycle, now), ToDto(cycle.Calendar));

    public static CycleDto ToDto(Cycle cycle, string edition, IEnumerable<CycleTargetOverride> overrides, DateTimeOffset now) => new(
        cycle.Year,
        edition,
        cycle.Status,
        cycle.PhaseAt(now),
        EntryOpen(cycle, now),
        ToDto(cycle.Calendar),
        new CycleScheduleDto(cycle.OpensAt, cycle.SubmissionDeadlineAt, cycle.ExpiresAt, cycle.ReviewDueAt, cycle.VerificationDueAt, cycle.ClosesAt),
        cycle.CreatedAt,
        cycle.OpenedAt,
        cycle.ClosedAt,
        [.. overrides.OrderBy(o => o.OrgUnitCode, StringComparer.Ordinal).ThenBy(o => o.IndicatorCode, StringComparer.Ordinal)
            .Select(o => new TargetOverrideDto(o.OrgUnitCode, o.IndicatorCode, o.Lower, o.Target, o.UpdatedAt))]);
}

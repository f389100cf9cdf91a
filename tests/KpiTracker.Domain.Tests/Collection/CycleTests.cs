using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;

namespace KpiTracker.Domain.Tests.Collection;

public sealed class CycleTests
{
    private static readonly DateTimeOffset Now = CollectionSamples.Now;

    [Fact]
    public void The_default_calendar_follows_the_domain()
    {
        var calendar = CycleCalendar.Default(2025);

        Assert.Equal(
            new CycleCalendar(new(2026, 1, 1), new(2026, 1, 31), new(2026, 2, 15), new(2026, 2, 28), new(2026, 4, 15), new(2026, 4, 30)),
            calendar);
        Assert.Empty(calendar.Check());
    }

    [Fact]
    public void Dates_are_Muscat_days_stored_as_UTC_instants()
    {
        var cycle = Cycle.Create(2025, Guid.NewGuid(), CycleCalendar.Default(2025), Now);

        Assert.Equal(new DateTimeOffset(2025, 12, 31, 20, 0, 0, TimeSpan.Zero), cycle.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 20, 0, 0, TimeSpan.Zero), cycle.SubmissionDeadlineAt);
        Assert.Equal(new DateTimeOffset(2026, 2, 15, 20, 0, 0, TimeSpan.Zero), cycle.ExpiresAt);
        Assert.Equal(TimeSpan.Zero, cycle.ExpiresAt.Offset);
        Assert.Equal(CycleCalendar.Default(2025), cycle.Calendar);
    }

    [Fact]
    public void Phases_follow_the_clock()
    {
        var cycle = Cycle.Create(2025, Guid.NewGuid(), CycleCalendar.Default(2025), Now);
        Assert.Equal(CyclePhase.Planned, cycle.PhaseAt(Now));

        cycle.Open(new DateTimeOffset(2025, 12, 20, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(CyclePhase.Scheduled, cycle.PhaseAt(new DateTimeOffset(2025, 12, 31, 19, 59, 59, TimeSpan.Zero)));
        Assert.Equal(CyclePhase.Collecting, cycle.PhaseAt(new DateTimeOffset(2025, 12, 31, 20, 0, 0, TimeSpan.Zero)));
        Assert.Equal(CyclePhase.Collecting, cycle.PhaseAt(new DateTimeOffset(2026, 2, 15, 19, 59, 59, TimeSpan.Zero)));
        Assert.Equal(CyclePhase.Review, cycle.PhaseAt(new DateTimeOffset(2026, 2, 15, 20, 0, 0, TimeSpan.Zero)));
        Assert.True(cycle.IsOnTime(new DateTimeOffset(2026, 1, 31, 19, 59, 59, TimeSpan.Zero)));
        Assert.False(cycle.IsOnTime(new DateTimeOffset(2026, 1, 31, 20, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Dates_out_of_order_are_named()
    {
        var calendar = CycleCalendar.Default(2025) with { Expiry = new DateOnly(2026, 1, 30) };

        var violation = Assert.Single(calendar.Check());

        Assert.Equal(("expiry", "cycle.calendar.order"), (violation.Field, violation.Code));
    }

    [Theory]
    [InlineData("opens", "2025-12-31", false)]
    [InlineData("opens", "2026-01-01", true)]
    [InlineData("closes", "2026-12-31", true)]
    [InlineData("closes", "2027-01-01", false)]
    public void Every_date_falls_in_the_year_after_the_assessment_year(string field, string date, bool allowed)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var calendar = field == "opens" ? CycleCalendar.Default(2025) with { Opens = day } : CycleCalendar.Default(2025) with { Closes = day };

        var violations = calendar.Check(2025).Select(v => (v.Field, v.Code, (int)v.Args[0], (int)v.Args[1]));

        Assert.Equal(allowed ? [] : [(field, "cycle.calendar.year", 2026, 2025)], violations);
    }

    [Fact]
    public void Dates_change_only_before_opening_and_closing_waits_for_expiry()
    {
        var cycle = Cycle.Create(2025, Guid.NewGuid(), CycleCalendar.Default(2025), Now);
        cycle.Reschedule(CycleCalendar.Default(2025) with { SubmissionDeadline = new DateOnly(2026, 2, 1) });
        Assert.Equal(new DateOnly(2026, 2, 1), cycle.Calendar.SubmissionDeadline);
        Assert.Equal("cycle.not_open_status", cycle.CheckClose(Now)?.Code);

        cycle.Open(Now);
        Assert.Throws<DomainException>(() => cycle.Reschedule(CycleCalendar.Default(2025)));
        Assert.Equal("cycle.close.too_early", cycle.CheckClose(cycle.ExpiresAt.AddTicks(-1))?.Code);
        Assert.Null(cycle.CheckClose(cycle.ExpiresAt));

        cycle.Close(cycle.ExpiresAt);
        Assert.Equal(CycleStatus.Closed, cycle.Status);
    }
}

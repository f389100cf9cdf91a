using KpiTracker.Domain.Improvement;

namespace KpiTracker.Domain.Tests.Improvement;

public sealed class LoopScoreTests
{
    [Fact]
    public void No_actions_due_is_not_shown() => Assert.Null(LoopScore.Of([]));

    [Fact]
    public void Only_unmeasurable_actions_is_not_shown() =>
        Assert.Null(LoopScore.Of([ActionEffect.NotMeasurable, new ActionEffect(5, null)]));

    [Fact]
    public void The_mean_realisation_on_a_0_to_100_scale_leaving_out_the_unmeasurable() =>
        Assert.Equal(75m, LoopScore.Of([new ActionEffect(10, 1), new ActionEffect(5, 0.5m), ActionEffect.NotMeasurable]));

    [Theory]
    [InlineData(2024, ActionStatus.Done, "2025-06-30", 2025, true)]
    [InlineData(2024, ActionStatus.Planned, "2025-12-31", 2025, true)]
    [InlineData(2024, ActionStatus.InProgress, "2025-01-01", 2025, true)]
    [InlineData(2024, ActionStatus.Dropped, "2025-06-30", 2025, false)]   // dropped: left out
    [InlineData(2024, ActionStatus.Done, "2026-01-01", 2025, false)]      // due the year after
    [InlineData(2024, ActionStatus.Done, "2024-12-31", 2025, false)]      // due in the opening year itself
    [InlineData(2025, ActionStatus.Done, "2025-06-30", 2025, false)]      // opened in the same cycle
    public void Due_in_a_cycle_means_opened_earlier_and_due_within_its_year(int opened, ActionStatus status, string due, int year, bool expected) =>
        Assert.Equal(expected, LoopScore.IsDue(opened, status, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), year));
}

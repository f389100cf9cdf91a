using KpiTracker.Domain.Improvement;

namespace KpiTracker.Domain.Tests.Improvement;

public sealed class ActionRemindersTests
{
    private static readonly DateOnly Due = new(2025, 9, 30);

    [Theory]
    [InlineData(15, 0, null)]
    [InlineData(14, 0, 14)]
    [InlineData(10, 0, 14)]     // the 14-day one, caught up
    [InlineData(10, 1, null)]   // already sent
    [InlineData(3, 1, 3)]
    [InlineData(1, 3, null)]
    [InlineData(0, 1, null)]    // the due date itself
    [InlineData(-1, 3, -1)]
    [InlineData(-20, 3, -1)]
    [InlineData(-2, 7, null)]
    public void Each_reminder_once_at_14_and_3_days_and_after_the_due_date(int daysLeft, int sent, int? expected) =>
        Assert.Equal(expected, ActionReminders.Due(Due, Due.AddDays(-daysLeft), sent)?.Days);
}

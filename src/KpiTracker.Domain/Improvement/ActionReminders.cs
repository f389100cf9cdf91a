namespace KpiTracker.Domain.Improvement;

/// <summary>
/// Reminders to an action's responsible user (DOMAIN section 8): 14 and 3 days before the due date and on the day after it
/// passes (Muscat dates), each once. A day the job did not run is caught up with the nearest occasion only: at 10 days left
/// the 14-day reminder, at 2 the 3-day one, and any day after the due date the overdue one.
/// </summary>
public static class ActionReminders
{
    /// <summary>Days before the due date (negative: after it), nearest first, with the bit that records each.</summary>
    private static readonly (int Days, int Bit)[] Occasions = [(-1, 4), (3, 2), (14, 1)];

    public static (int Days, int Bit)? Due(DateOnly dueDate, DateOnly today, int sent)
    {
        var left = dueDate.DayNumber - today.DayNumber;
        if (left == 0)
        {
            return null;
        }

        foreach (var occasion in Occasions)
        {
            if (occasion.Days < 0 ? left < 0 : left <= occasion.Days && left > 0)
            {
                return (sent & occasion.Bit) == 0 ? occasion : null;
            }
        }

        return null;
    }
}

namespace KpiTracker.Domain.Collection;

/// <summary>The six dates of a cycle, in Asia/Muscat (DOMAIN section 6).</summary>
public sealed record CycleCalendar(
    DateOnly Opens,
    DateOnly SubmissionDeadline,
    DateOnly Expiry,
    DateOnly ReviewDue,
    DateOnly VerificationDue,
    DateOnly Closes)
{
    /// <summary>1 Jan, 31 Jan, 15 Feb, 28 Feb, 15 Apr and 30 Apr of the year after the assessment year.</summary>
    public static CycleCalendar Default(int assessmentYear)
    {
        var y = assessmentYear + 1;
        return new(new(y, 1, 1), new(y, 1, 31), new(y, 2, 15), new(y, 2, 28), new(y, 4, 15), new(y, 4, 30));
    }

    /// <summary>
    /// The central team's calendar for assessment year <paramref name="assessmentYear"/>: the dates in order
    /// (<see cref="Check()"/>) and each in the year after the assessment year, when the year's data exist and the programme
    /// collects them (1 January to 31 December of t+1). Only the order is an invariant of <see cref="Cycle"/>: the demo and test
    /// set-ups place an open cycle's dates around the day they run, whatever its year.
    /// </summary>
    public IEnumerable<RuleViolation> Check(int assessmentYear)
    {
        var year = assessmentYear + 1;
        return Check().Concat(Steps()
            .Where(s => s.Date.Year != year)
            .Select(s => new RuleViolation(s.Field, "cycle.calendar.year", year, assessmentYear)));
    }

    /// <summary>Each date on or after the one before it.</summary>
    public IEnumerable<RuleViolation> Check()
    {
        var steps = Steps();
        for (var i = 1; i < steps.Length; i++)
        {
            if (steps[i].Date < steps[i - 1].Date)
            {
                yield return new RuleViolation(steps[i].Field, "cycle.calendar.order", steps[i - 1].Field);
            }
        }
    }

    private (string Field, DateOnly Date)[] Steps() =>
    [
        ("opens", Opens), ("submissionDeadline", SubmissionDeadline), ("expiry", Expiry),
        ("reviewDue", ReviewDue), ("verificationDue", VerificationDue), ("closes", Closes),
    ];
}

using KpiTracker.Domain.Collection;

namespace KpiTracker.Domain.Quality;

/// <summary>
/// When a unit's applicable entered items were first submitted in a cycle: the one count behind both GOV-02 (DOMAIN section 4)
/// and the completeness and timeliness of the data quality index (section 5). An item is complete when it was first submitted
/// before the cycle's expiry and on time when before the submission deadline; one first submitted later (reopened after close
/// and submitted then, a restatement) is neither, however it ends.
/// </summary>
public readonly record struct SubmissionTiming(int Applicable, int ByExpiry, int ByDeadline)
{
    public static SubmissionTiming Of(Cycle cycle, IEnumerable<DateTimeOffset?> firstSubmissions)
    {
        ArgumentNullException.ThrowIfNull(firstSubmissions);
        var timing = default(SubmissionTiming);
        foreach (var first in firstSubmissions)
        {
            timing = timing.Add(cycle, first);
        }

        return timing;
    }

    /// <summary>These counts with one more applicable item, first submitted at <paramref name="firstSubmittedAt"/> (null: never).</summary>
    public SubmissionTiming Add(Cycle cycle, DateTimeOffset? firstSubmittedAt)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return firstSubmittedAt is not { } first
            ? this with { Applicable = Applicable + 1 }
            : new(Applicable + 1, ByExpiry + (first < cycle.ExpiresAt ? 1 : 0), ByDeadline + (cycle.IsOnTime(first) ? 1 : 0));
    }
}

using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;
using static KpiTracker.Domain.Tests.Collection.CollectionSamples;

namespace KpiTracker.Domain.Tests.Quality;

/// <summary>One count of first submissions for GOV-02 and the data quality index, so the two can never disagree.</summary>
public sealed class SubmissionTimingTests
{
    /// <summary>When an item was first submitted, relative to the 2025 cycle's deadline and expiry, and whether it is complete and on time.</summary>
    public static TheoryData<string, bool, bool> Cases => new()
    {
        { "a day before the deadline", true, true },
        { "a tick before the deadline", true, true },
        { "at the deadline", true, false },
        { "between the deadline and expiry", true, false },
        { "a tick before expiry", true, false },
        { "at expiry", false, false },
        { "restated after close", false, false },
        { "never", false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_item_is_complete_before_expiry_and_on_time_before_the_deadline(string when, bool complete, bool onTime)
    {
        var cycle = OpenCycle();

        var timing = SubmissionTiming.Of(cycle, [At(cycle, when)]);

        Assert.Equal(new SubmissionTiming(1, complete ? 1 : 0, onTime ? 1 : 0), timing);
    }

    [Fact]
    public void GOV_02_and_the_index_s_completeness_and_timeliness_count_the_same_items()
    {
        var cycle = OpenCycle();
        var timing = SubmissionTiming.Of(cycle, [.. Cases.Select(c => At(cycle, (string)c[0]))]);

        Assert.Equal(new SubmissionTiming(8, 5, 2), timing);
        Assert.Equal(100m * (5 + 2) / 16m, Gov02.Compute(timing));
        Assert.Equal(Gov02.Compute(timing), (DataQualityIndex.Completeness(timing) + DataQualityIndex.Timeliness(timing)) / 2m);
    }

    private static DateTimeOffset? At(Domain.Collection.Cycle cycle, string when) => when switch
    {
        "a day before the deadline" => cycle.SubmissionDeadlineAt.AddDays(-1),
        "a tick before the deadline" => cycle.SubmissionDeadlineAt.AddTicks(-1),
        "at the deadline" => cycle.SubmissionDeadlineAt,
        "between the deadline and expiry" => cycle.SubmissionDeadlineAt.AddDays(5),
        "a tick before expiry" => cycle.ExpiresAt.AddTicks(-1),
        "at expiry" => cycle.ExpiresAt,
        "restated after close" => cycle.ClosesAt.AddDays(20),
        "never" => null,
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, null),
    };
}

using KpiTracker.Domain.Collection;
using static KpiTracker.Domain.Tests.Collection.CollectionSamples;

namespace KpiTracker.Domain.Tests.Collection;

public sealed class CycleClosingTests
{
    [Fact]
    public void Closing_locks_values_marks_the_rest_missing_and_computes_GOV_02_from_first_submissions()
    {
        var cycle = OpenCycle();
        var onTime = Item(cycle, Percent);
        Submitted(cycle, onTime, Percent, cycle.SubmissionDeadlineAt.AddMinutes(-1));
        onTime.Accept(Now, "reviewer");
        var late = Item(cycle, Expected);
        Submitted(cycle, late, Expected, cycle.SubmissionDeadlineAt.AddDays(2));
        var notApplicable = Item(cycle, Days);
        notApplicable.RequestNotApplicable(cycle, Days, "No complaints desk.", Now, "owner");
        notApplicable.DecideNotApplicable(cycle, true, null, Now, "central");
        var untouched = Item(cycle, Budget);
        var gov02 = Item(cycle, Computed);
        var indicators = new[] { Percent, Expected, Days, Budget, Computed }.ToDictionary(i => i.Code);

        CycleClosing.Close(cycle, [onTime, late, notApplicable, untouched, gov02], indicators, cycle.ExpiresAt, "central");

        Assert.Equal(
            [SubmissionState.Locked, SubmissionState.Missing, SubmissionState.NotApplicable, SubmissionState.Missing, SubmissionState.Locked],
            new[] { onTime.State, late.State, notApplicable.State, untouched.State, gov02.State });
        // Applicable: 3 (not the N/A one, not GOV-02); submitted by expiry 2, by the deadline 1: 100 × (2 + 1) / 6 = 50.
        Assert.Equal(50m, gov02.Current.Value);
        Assert.Equal(CycleStatus.Closed, cycle.Status);
    }

    private static Submission Item(Cycle cycle, Domain.Frameworks.Indicator indicator) => Submission.Create(cycle, "OM-BS", indicator, Now);

    private static void Submitted(Cycle cycle, Submission item, Domain.Frameworks.Indicator indicator, DateTimeOffset at)
    {
        Assert.Empty(item.SaveDraft(cycle, indicator, EntryValues.Empty with { Value = 40m, Analysis = "Below target: staff left." }, at, "owner"));
        Assert.Empty(item.Submit(cycle, indicator, null, Lights(indicator), at, "owner"));
    }
}

using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Quality;
using static KpiTracker.Domain.Tests.Collection.CollectionSamples;

namespace KpiTracker.Domain.Tests.Collection;

/// <summary>The changes outside the item's own workflow that scoring reads raise their event too (the walk covers the workflow).</summary>
public sealed class ScoringEventTests
{
    [Fact]
    public void A_target_override_set_or_changed_raises_the_event()
    {
        var cycle = OpenCycle();

        var target = CycleTargetOverride.Create(cycle, "OM-BS", Count, 2, 8, Now);
        Assert.Equal([new ScoringInputsChanged(cycle.Id, "OM-BS")], target.TakeEvents());

        target.Set(Count, 3, 9, Now);
        Assert.Equal([new ScoringInputsChanged(cycle.Id, "OM-BS")], target.TakeEvents());
        Assert.Empty(target.TakeEvents());
    }

    [Fact]
    public void An_outlier_flag_raised_confirmed_or_answered_by_a_return_raises_the_event()
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-MA", Percent, Now);
        IReadOnlyList<IDomainEvent> changed = [new ScoringInputsChanged(cycle.Id, "OM-MA")];

        var confirmed = SubmissionFlag.Across(item, new OutlierFlag("OM-MA", 99m, OutlierFlag.ModifiedZ, 4m, 70m, 3.5m), Now);
        Assert.Equal(changed, confirmed.TakeEvents());
        Assert.Empty(confirmed.Confirm("Checked with the governorate.", Now, "reviewer"));
        Assert.Equal(changed, confirmed.TakeEvents());

        var returned = SubmissionFlag.History(item, new HistoryOutlier(99m, 70m, 5m, 5.8m, 3m), Now);
        _ = returned.TakeEvents();
        returned.ResolveByReturn("Fix it.", Now, "reviewer");
        Assert.Equal(changed, returned.TakeEvents());

        // Refused or repeated answers change nothing the score reads.
        Assert.NotEmpty(confirmed.Confirm("Again.", Now, "reviewer"));
        returned.ResolveByReturn("Again.", Now, "reviewer");
        Assert.Empty(confirmed.TakeEvents());
        Assert.Empty(returned.TakeEvents());
    }

    [Fact]
    public void Only_a_reviewers_first_opening_of_evidence_raises_the_event()
    {
        var cycle = OpenCycle();
        var revision = Submission.Create(cycle, "OM-BS", Percent, Now).Current;

        Assert.True(revision.EvidenceOpened(Now, "reviewer"));
        Assert.Equal([new ScoringInputsChanged(cycle.Id, "OM-BS")], revision.TakeEvents());
        Assert.False(revision.EvidenceOpened(Now.AddHours(1), "reviewer"));
        Assert.Empty(revision.TakeEvents());
    }
}

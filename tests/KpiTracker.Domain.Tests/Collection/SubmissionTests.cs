using KpiTracker.Domain.Collection;
using static KpiTracker.Domain.Tests.Collection.CollectionSamples;

namespace KpiTracker.Domain.Tests.Collection;

public sealed class SubmissionTests
{
    // 70 on P-01 (L 50, T 90) scores 50, a red light: submitting it needs the owner's analysis.
    private static readonly EntryValues Seventy = EntryValues.Empty with { Value = 70m, Analysis = "A new unit started late." };

    [Fact]
    public void The_whole_way_from_draft_to_locked()
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-BS", Percent, Now);
        Assert.Equal((SubmissionState.Draft, 1), (item.State, item.CurrentRevision));

        Assert.Empty(item.SaveDraft(cycle, Percent, Seventy, Now, "owner"));
        Assert.Empty(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner"));
        Assert.Equal((SubmissionState.Submitted, 1, Now), (item.State, item.SubmitCount, item.FirstSubmittedAt!.Value));
        Assert.Empty(item.Accept(Now, "reviewer"));
        Assert.Empty(item.Verify(cycle, Now, "central"));
        Assert.Equal(SubmissionState.Verified, item.State);

        cycle.Close(cycle.ExpiresAt);
        item.CloseOut(cycle.ExpiresAt, "system");
        Assert.Equal(SubmissionState.Locked, item.State);
        Assert.Equal(["submit", "accept", "verify", "lock"], item.Events.Select(e => e.Action).ToArray());
    }

    [Fact]
    public void Returns_come_from_submitted_accepted_or_verified_with_a_reason()
    {
        var cycle = OpenCycle();
        var item = Submitted(cycle);

        Assert.Equal("return.text.required", Assert.Single(item.Return(ReturnReason.CalculationError, "  ", Now, "reviewer")).Code);
        Assert.Empty(item.Return(ReturnReason.CalculationError, "Check the denominator.", Now, "reviewer"));
        Assert.Equal((SubmissionState.Returned, ReturnReason.CalculationError, "Check the denominator.", 1), (item.State, item.ReturnReason, item.ReturnText, item.ReturnCount));
        Assert.Equal("submission.wrong_state", Assert.Single(item.Return(ReturnReason.Other, "again", Now, "reviewer")).Code);

        Assert.Empty(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner"));
        Assert.Empty(item.Accept(Now, "reviewer"));
        Assert.Empty(item.Return(ReturnReason.DefinitionMismatch, "Wrong definition.", Now, "central"));
        Assert.Empty(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner"));
        Assert.Empty(item.Accept(Now, "reviewer"));
        Assert.Empty(item.Verify(cycle, Now, "central"));
        Assert.Empty(item.Return(ReturnReason.EvidenceMissing, "Attach the report.", Now, "central"));
        Assert.Equal((3, 3), (item.ReturnCount, item.SubmitCount));
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("verify")]
    public void Review_steps_out_of_order_are_state_conflicts(string action)
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-BS", Percent, Now);

        var violation = Assert.Single(action == "accept" ? item.Accept(Now, "r") : item.Verify(cycle, Now, "c"));

        Assert.Equal(("", "submission.wrong_state", "draft"), (violation.Field, violation.Code, (string)violation.Args[0]));
    }

    [Fact]
    public void Entry_waits_for_the_opening_day_and_stops_at_expiry_except_for_returned_items()
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-BS", Percent, Now);

        Assert.Equal("cycle.not_open", item.CheckEntry(cycle, Percent, cycle.OpensAt.AddTicks(-1))?.Code);
        Assert.Null(item.CheckEntry(cycle, Percent, cycle.OpensAt));
        Assert.Equal("cycle.entry_closed", Assert.Single(item.SaveDraft(cycle, Percent, Seventy, cycle.ExpiresAt, "owner")).Code);

        var returned = Submitted(cycle);
        returned.Return(ReturnReason.Other, "Fix it.", Now, "reviewer");
        Assert.Empty(returned.SaveDraft(cycle, Percent, Seventy with { Value = 71m }, cycle.ExpiresAt.AddDays(3), "owner"));
        Assert.Empty(returned.Submit(cycle, Percent, null, Lights(Percent), cycle.ExpiresAt.AddDays(3), "owner"));
    }

    [Fact]
    public void A_computed_indicator_is_never_entered()
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-BS", Computed, Now);

        Assert.Equal("indicator.computed", Assert.Single(item.SaveDraft(cycle, Computed, Seventy, Now, "owner")).Code);
    }

    [Fact]
    public void Submitting_checks_completeness_and_evidence()
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-BS", Count, Now);
        item.SaveDraft(cycle, Count, EntryValues.Empty with { Value = 4m, Analysis = "Two projects slipped." }, Now, "owner");

        Assert.Equal("evidence.required", Assert.Single(item.Submit(cycle, Count, null, Lights(Count), Now, "owner")).Code);
        item.Current.EvidenceAdded();
        Assert.Empty(item.Submit(cycle, Count, null, Lights(Count), Now, "owner"));
        Assert.Equal(Now, item.Current.SubmittedAt);
    }

    [Fact]
    public void Not_applicable_is_asked_by_the_owner_and_decided_by_the_central_team()
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-BS", Percent, Now);

        Assert.Equal("na.not_requested", Assert.Single(item.DecideNotApplicable(cycle, true, null, Now, "central")).Code);
        Assert.Equal("na.reason.required", Assert.Single(item.RequestNotApplicable(cycle, Percent, " ", Now, "owner")).Code);
        Assert.Empty(item.RequestNotApplicable(cycle, Percent, "No such unit in this governorate.", Now, "owner"));
        item.SaveDraft(cycle, Percent, Seventy, Now, "owner");
        Assert.Equal("na.pending", Assert.Single(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner")).Code);

        Assert.Equal("na.decision.reason_required", Assert.Single(item.DecideNotApplicable(cycle, false, null, Now, "central")).Code);
        Assert.Empty(item.DecideNotApplicable(cycle, false, "The unit exists.", Now, "central"));
        Assert.Equal((NotApplicableRequest.Refused, SubmissionState.Draft), (item.NotApplicable, item.State));

        Assert.Empty(item.RequestNotApplicable(cycle, Percent, "It closed in March.", Now, "owner"));
        Assert.Empty(item.DecideNotApplicable(cycle, true, null, Now, "central"));
        Assert.Equal((NotApplicableRequest.Granted, SubmissionState.NotApplicable), (item.NotApplicable, item.State));

        cycle.Close(cycle.ExpiresAt);
        item.CloseOut(cycle.ExpiresAt, "system");
        Assert.Equal(SubmissionState.NotApplicable, item.State);
    }

    [Fact]
    public void Closing_locks_accepted_values_and_marks_the_rest_missing()
    {
        var cycle = OpenCycle();
        var accepted = Submitted(cycle);
        accepted.Accept(Now, "reviewer");
        var submitted = Submitted(cycle);
        var draft = Submission.Create(cycle, "OM-BS", Percent, Now);

        cycle.Close(cycle.ExpiresAt);
        foreach (var item in new[] { accepted, submitted, draft })
        {
            item.CloseOut(cycle.ExpiresAt, "system");
        }

        Assert.Equal([SubmissionState.Locked, SubmissionState.Missing, SubmissionState.Missing], new[] { accepted.State, submitted.State, draft.State });
    }

    [Fact]
    public void Reopening_a_locked_item_starts_a_new_revision_that_locks_again_on_verification()
    {
        var cycle = OpenCycle();
        var item = Submitted(cycle);
        item.Accept(Now, "reviewer");
        Assert.Equal("cycle.not_closed", Assert.Single(item.Reopen(cycle, Percent, "Restated.", Now, "central")).Code);
        cycle.Close(cycle.ExpiresAt);
        item.CloseOut(cycle.ExpiresAt, "system");

        Assert.Empty(item.Reopen(cycle, Percent, "The ministry restated the figure.", Now, "central"));
        Assert.Equal((SubmissionState.Draft, 2, 70m, 0), (item.State, item.CurrentRevision, item.Current.Value!.Value, item.Current.EvidenceCount));
        Assert.Equal(2, item.Revisions.Count);

        Assert.Empty(item.SaveDraft(cycle, Percent, Seventy with { Value = 72m }, Now, "owner"));
        Assert.Empty(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner"));
        Assert.Empty(item.Accept(Now, "reviewer"));
        Assert.Empty(item.Verify(cycle, Now, "central"));
        Assert.Equal(SubmissionState.Locked, item.State);
        Assert.Equal(70m, item.Revisions.Single(r => r.Number == 1).Value);
    }

    [Fact]
    public void A_draft_of_a_closed_cycle_cannot_be_entered()
    {
        var cycle = OpenCycle();
        var item = Submission.Create(cycle, "OM-BS", Percent, Now);
        cycle.Close(cycle.ExpiresAt);

        Assert.Equal("cycle.closed", item.CheckEntry(cycle, Percent, cycle.ExpiresAt)?.Code);
    }

    private static Submission Submitted(Cycle cycle)
    {
        var item = Submission.Create(cycle, "OM-BS", Percent, Now);
        Assert.Empty(item.SaveDraft(cycle, Percent, Seventy, Now, "owner"));
        Assert.Empty(item.Submit(cycle, Percent, null, Lights(Percent), Now, "owner"));
        return item;
    }
}

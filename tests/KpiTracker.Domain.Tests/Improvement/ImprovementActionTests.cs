using KpiTracker.Domain.Common;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Tests.Improvement;

public sealed class ImprovementActionTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 10, 8, 0, 0, TimeSpan.Zero);

    private static ActionDraft Draft(TrafficLight light = TrafficLight.Red, bool belowEstablished = false, decimal? baseline = 55m, string title = "Train the call centre") =>
        new(Guid.NewGuid(), 2024, "OM-BS", 1, "CUS-02", title, null, Guid.NewGuid(), new DateOnly(2025, 9, 30), 70m, light, belowEstablished, baseline);

    [Theory]
    [InlineData(TrafficLight.Red, false)]
    [InlineData(TrafficLight.Amber, false)]
    [InlineData(TrafficLight.Green, true)]
    public void Opens_on_a_red_or_amber_light_or_a_criterion_below_established(TrafficLight light, bool belowEstablished)
    {
        var (action, problems) = ImprovementAction.Open(Draft(light, belowEstablished), Now, "reviewer.bs");

        Assert.Empty(problems);
        Assert.Equal(ActionStatus.Planned, action!.Status);
        Assert.Equal(55m, action.Baseline);
        Assert.Equal("OM-BS/1", action.AuditKey);
    }

    [Theory]
    [InlineData(TrafficLight.Green, "action.not_weak")]
    [InlineData(TrafficLight.Grey, "action.not_weak")]
    public void Refuses_an_indicator_that_is_not_weak(TrafficLight light, string code) =>
        Assert.Equal(code, Assert.Single(ImprovementAction.Open(Draft(light), Now, "r").Problems).Code);

    [Fact]
    public void Refuses_an_indicator_without_a_baseline_value() =>
        Assert.Equal("action.no_baseline", Assert.Single(ImprovementAction.Open(Draft(TrafficLight.Grey, true, null), Now, "r").Problems).Code);

    [Fact]
    public void Needs_a_title_and_a_due_date_after_today()
    {
        var draft = Draft(title: " ") with { DueDate = new DateOnly(2025, 5, 10) };

        var codes = ImprovementAction.Open(draft, Now, "r").Problems.Select(p => p.Code);

        Assert.Equal(["action.title.required", "action.due.past"], codes);
    }

    [Fact]
    public void Moves_planned_to_in_progress_to_done_and_keeps_the_latest_note()
    {
        var action = ImprovementAction.Open(Draft(), Now, "r").Action!;

        Assert.Empty(action.Update(ActionStatus.InProgress, "Started", Now));
        Assert.Empty(action.Update(ActionStatus.InProgress, "Half the staff trained", Now));
        Attach(action);
        Assert.Empty(action.Update(ActionStatus.Done, null, Now));

        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.Equal("Half the staff trained", action.ProgressNote);
        Assert.Equal("action.closed", Assert.Single(action.Update(ActionStatus.InProgress, null, Now)).Code);
    }

    [Fact]
    public void Dropping_needs_a_reason_and_going_back_is_refused()
    {
        var action = ImprovementAction.Open(Draft(), Now, "r").Action!;
        action.Update(ActionStatus.InProgress, null, Now);

        Assert.Equal("action.status.invalid", Assert.Single(action.Update(ActionStatus.Planned, null, Now)).Code);
        Assert.Equal("action.drop.reason_required", Assert.Single(action.Update(ActionStatus.Dropped, " ", Now)).Code);
        Assert.Empty(action.Update(ActionStatus.Dropped, "Budget withdrawn", Now));
        Assert.Equal("Budget withdrawn", action.DropReason);
    }

    [Fact]
    public void Overdue_means_open_after_the_due_date()
    {
        var action = ImprovementAction.Open(Draft(), Now, "r").Action!;

        Assert.False(action.IsOverdue(new DateOnly(2025, 9, 30)));
        Assert.True(action.IsOverdue(new DateOnly(2025, 10, 1)));
        Attach(action);
        Assert.Empty(action.Update(ActionStatus.Done, null, Now));
        Assert.False(action.IsOverdue(new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void Done_needs_an_evidence_file_and_the_refusal_names_the_evidence_field()
    {
        var action = ImprovementAction.Open(Draft(), Now, "r").Action!;
        action.Update(ActionStatus.InProgress, null, Now);

        var refused = Assert.Single(action.Update(ActionStatus.Done, "Finished", Now));
        Assert.Equal(("evidence", "action.done.evidence_required"), (refused.Field, refused.Code));
        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Null(action.ProgressNote);

        var file = Attach(action);
        Assert.Equal(1, action.EvidenceCount);
        Assert.Equal("OM-BS/1/report.pdf", file.AuditKey);
        Assert.Empty(action.Update(ActionStatus.Done, "Finished", Now));
        Assert.Equal(ActionStatus.Done, action.Status);
    }

    [Fact]
    public void Removing_the_last_file_while_open_brings_the_rule_back()
    {
        var action = ImprovementAction.Open(Draft(), Now, "r").Action!;
        var file = Attach(action);

        Assert.Null(file.Detach(Now));

        Assert.Equal(0, action.EvidenceCount);
        Assert.Equal("action.done.evidence_required", Assert.Single(action.Update(ActionStatus.Done, null, Now)).Code);
    }

    [Fact]
    public void Files_are_added_and_removed_only_while_open_and_up_to_the_limit()
    {
        var action = ImprovementAction.Open(Draft(), Now, "r").Action!;
        var files = Enumerable.Range(0, ImprovementAction.MaxEvidence).Select(_ => Attach(action)).ToList();

        var full = action.CheckAddEvidence();
        Assert.Equal(("file", "action.evidence.too_many"), (full?.Field, full?.Code));
        Assert.Throws<DomainException>(() => Attach(action));

        Assert.Empty(action.Update(ActionStatus.Done, null, Now));
        Assert.Equal("action.closed", action.CheckAddEvidence()?.Code);
        Assert.Equal("action.closed", files[0].Detach(Now)?.Code);
        Assert.Equal(ImprovementAction.MaxEvidence, action.EvidenceCount);
    }

    [Fact]
    public void A_dropped_action_needs_no_evidence()
    {
        var action = ImprovementAction.Open(Draft(), Now, "r").Action!;

        Assert.Empty(action.Update(ActionStatus.Dropped, "Budget withdrawn", Now));
        Assert.Equal("action.closed", action.CheckAddEvidence()?.Code);
    }

    private static ActionEvidence Attach(ImprovementAction action) =>
        ActionEvidence.Attach(action, Guid.NewGuid().ToString("N"), "report.pdf", "application/pdf", 1200, new string('a', 64), null, "reviewer.bs", Now);
}

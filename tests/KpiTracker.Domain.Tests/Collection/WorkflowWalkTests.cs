using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;
using static KpiTracker.Domain.Tests.Collection.CollectionSamples;

namespace KpiTracker.Domain.Tests.Collection;

/// <summary>
/// Walks one item's workflow through every state it can reach: every action of every actor (owner, reviewer, central team,
/// the clock) tried from every state reached so far, in every cycle status and clock position (planned, open before the
/// opening day, open in entry, open after expiry, closed) and on the original and a reopened revision. From each reachable
/// state some sequence of actions must still bring the item to rest: the cycle closed and the item locked, not applicable
/// or missing. A state without such a way out is a dead end.
/// </summary>
public sealed class WorkflowWalkTests
{
    private static readonly EntryValues Seventy = EntryValues.Empty with { Value = 70m, Analysis = "Red on P-01: analysed." };

    private static readonly Move[] Moves =
    [
        new("central", "open cycle", w => w.Cycle.Status == CycleStatus.Planned ? Done(() => w.Cycle.Open(w.Now)) : [new("", "cycle.already_open")]),
        new("clock", "opening day", w => w.Now < w.Cycle.OpensAt ? Done(() => w.Now = w.Cycle.OpensAt.AddHours(1)) : [new("", "walk.clock_past")]),
        new("clock", "expiry passes", w => w.Now < w.Cycle.ExpiresAt ? Done(() => w.Now = w.Cycle.ExpiresAt.AddHours(1)) : [new("", "walk.clock_past")]),
        new("central", "close cycle", w => w.Cycle.CheckClose(w.Now) is { } broken ? [broken] : Done(w.Close)),
        new("owner", "save", w => w.Item.SaveDraft(w.Cycle, w.Indicator, Seventy, w.Now, "owner")),
        new("owner", "submit", w => w.Item.Submit(w.Cycle, w.Indicator, null, Lights(w.Indicator), w.Now, "owner")),
        new("owner", "request N/A", w => w.Item.RequestNotApplicable(w.Cycle, w.Indicator, "No such unit here.", w.Now, "owner")),
        new("reviewer", "accept", w => w.Item.Accept(w.Now, "reviewer")),
        new("reviewer or central", "return", w => w.Item.Return(ReturnReason.Other, "Fix it.", w.Now, "reviewer")),
        new("central", "verify", w => w.Item.Verify(w.Cycle, w.Now, "central")),
        new("central", "grant N/A", w => w.Item.DecideNotApplicable(w.Cycle, true, null, w.Now, "central")),
        new("central", "refuse N/A", w => w.Item.DecideNotApplicable(w.Cycle, false, "The unit exists.", w.Now, "central")),
        new("central", "reopen", w => w.Item.Reopen(w.Cycle, w.Indicator, "Restated.", w.Now, "central")),
    ];

    public static TheoryData<string> Indicators => new() { "P-01", "GOV-02" };

    [Theory]
    [MemberData(nameof(Indicators))]
    public void No_reachable_state_is_a_dead_end(string indicator)
    {
        var walk = Walk(Edition.FindIndicator(indicator)!);

        var settles = walk.States.Where(s => s.AtRest).ToHashSet();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var edge in walk.Edges.Where(e => e.To is { } to && settles.Contains(to)))
            {
                grew |= settles.Add(edge.From);
            }
        }

        var stuck = walk.States.Where(s => !settles.Contains(s)).Select(s => $"{s} via [{string.Join(", ", walk.PathTo[s].Select(m => m.Name))}]; "
            + string.Join(", ", walk.Edges.Where(e => e.From == s).Select(e => e.Refusal is null ? $"{e.Move.Name} → {e.To}" : $"{e.Move.Name}: {e.Refusal}")));
        Assert.True(!stuck.Any(), "Dead ends:\n" + string.Join("\n", stuck));
    }

    [Fact]
    public void The_walk_covers_every_cycle_status_and_clock_position_and_both_revisions()
    {
        var walk = Walk(Percent);

        // A cycle closes only after expiry; planned and open, it meets every clock position.
        var positions = walk.States.Select(s => (s.Status, s.Clock)).Distinct().Order();
        Assert.Equal(
            [
                (CycleStatus.Planned, ClockPosition.BeforeOpening), (CycleStatus.Planned, ClockPosition.InEntry), (CycleStatus.Planned, ClockPosition.AfterExpiry),
                (CycleStatus.Open, ClockPosition.BeforeOpening), (CycleStatus.Open, ClockPosition.InEntry), (CycleStatus.Open, ClockPosition.AfterExpiry),
                (CycleStatus.Closed, ClockPosition.AfterExpiry),
            ],
            positions);
        Assert.Contains(walk.States, s => s.Status == CycleStatus.Closed && !s.Reopened);
        Assert.Contains(walk.States, s => s.Status == CycleStatus.Closed && s.Reopened);
        Assert.Equal(
            Enum.GetValues<SubmissionState>().Order(),
            walk.States.Select(s => s.State).Distinct().Order());
    }

    /// <summary>
    /// The events are what scoring hears of the workflow: every move anywhere in the walk that changes what scoring reads of the
    /// item (its state) raises <see cref="ScoringInputsChanged"/> for its cycle and governorate, a submit also asks for an outlier
    /// scan, and a move that leaves the state as it was raises nothing.
    /// </summary>
    [Theory]
    [MemberData(nameof(Indicators))]
    public void Every_move_that_changes_the_state_raises_its_scoring_event(string indicator)
    {
        var spec = Edition.FindIndicator(indicator)!;
        var walk = Walk(spec);
        foreach (var edge in walk.Edges.Where(e => e.Refusal is null))
        {
            var world = World.Start(spec);
            foreach (var step in walk.PathTo[edge.From])
            {
                Assert.Empty(step.Apply(world));
            }

            _ = world.Item.TakeEvents();
            var before = world.Item.State;
            Assert.Empty(edge.Move.Apply(world));
            var raised = world.Item.TakeEvents();

            List<IDomainEvent> expected = before == world.Item.State ? [] : [new ScoringInputsChanged(world.Cycle.Id, "OM-BS")];
            if (edge.Move.Name == "submit")
            {
                expected.Insert(0, new OutlierScanRequested(world.Cycle.Id));
            }

            Assert.True(expected.SequenceEqual(raised), $"{edge.From} {edge.Move.Name}: raised [{string.Join(", ", raised)}]");
        }
    }

    private const string Collecting = "open cycle > opening day";
    private const string Reopened = "open cycle > opening day > save > submit > accept > expiry passes > close cycle > reopen";

    /// <summary>A request left pending when the cycle closed: the item was never submitted, so the close made it missing.</summary>
    private const string ClosedWithPendingRequest = "open cycle > opening day > request N/A > expiry passes > close cycle";

    /// <summary>(the actions that lead to the situation, the action tried, its refusal's code or "" when done, the item's state after).</summary>
    public static TheoryData<string, string, string, string> Outcomes => new()
    {
        // The two dead ends of issue #16: a not-applicable request on an item reopened after close is decided by the central team.
        { Reopened + " > request N/A", "grant N/A", "", "not_applicable" },
        { Reopened + " > request N/A", "refuse N/A", "", "draft" },
        { Reopened + " > request N/A", "submit", "na.pending", "draft" },
        { Reopened + " > request N/A > refuse N/A", "submit", "", "submitted" },
        { Reopened + " > request N/A > refuse N/A > submit > accept", "verify", "", "locked" },
        { Reopened + " > request N/A > grant N/A", "reopen", "submission.wrong_state", "not_applicable" },
        // The close settled the original revision; a request still pending on it is decided once the item is reopened.
        { ClosedWithPendingRequest, "grant N/A", "cycle.closed", "missing" },
        { ClosedWithPendingRequest, "request N/A", "submission.wrong_state", "missing" },
        { ClosedWithPendingRequest + " > reopen", "grant N/A", "", "not_applicable" },
        { Collecting + " > request N/A", "grant N/A", "", "not_applicable" },
        { Collecting + " > request N/A > expiry passes", "refuse N/A", "", "draft" },
        { Collecting + " > request N/A > expiry passes > refuse N/A", "submit", "cycle.entry_closed", "draft" },
        { Collecting + " > request N/A > expiry passes > refuse N/A > close cycle", "reopen", "", "draft" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Each_action_in_each_situation_does_what_the_table_says(string situation, string action, string refusal, string after)
    {
        var world = World.Start(Percent);
        foreach (var step in situation.Split(" > "))
        {
            Assert.Empty(Moves.Single(m => m.Name == step).Apply(world));
        }

        var violations = Moves.Single(m => m.Name == action).Apply(world);

        Assert.Equal(refusal, violations.Count == 0 ? "" : violations[0].Code);
        Assert.Equal(after, world.Item.State.ToCode());
    }

    [Theory]
    [InlineData(CycleStatus.Open)]
    [InlineData(CycleStatus.Closed)]
    public void A_computed_indicator_is_never_reopened_and_keeps_its_value(CycleStatus status)
    {
        var world = World.Start(Computed);
        foreach (var step in new[] { "open cycle", "opening day", "expiry passes" }.Concat(status == CycleStatus.Closed ? ["close cycle"] : []))
        {
            Assert.Empty(Moves.Single(m => m.Name == step).Apply(world));
        }

        var before = (world.Item.State, world.Item.CurrentRevision, world.Item.Current.Value);

        var violation = Assert.Single(world.Item.Reopen(world.Cycle, Computed, "Restated.", world.Now, "central"));

        Assert.Equal(("", "reopen.computed"), (violation.Field, violation.Code));
        Assert.Equal(before, (world.Item.State, world.Item.CurrentRevision, world.Item.Current.Value));
        Assert.Equal(status == CycleStatus.Closed ? (SubmissionState.Locked, 0m) : (SubmissionState.Draft, (decimal?)null), (world.Item.State, world.Item.Current.Value));
    }

    private static List<RuleViolation> Done(Action action)
    {
        action();
        return [];
    }

    /// <summary>Breadth first from a new item of a planned cycle; each state is rebuilt by replaying the actions that reached it.</summary>
    private static WalkResult Walk(Indicator indicator)
    {
        var start = World.Start(indicator);
        var pathTo = new Dictionary<StateKey, Move[]> { [start.Key] = [] };
        var edges = new List<Edge>();
        var queue = new Queue<StateKey>([start.Key]);
        while (queue.TryDequeue(out var from))
        {
            foreach (var move in Moves)
            {
                var world = World.Start(indicator);
                foreach (var step in pathTo[from])
                {
                    Assert.Empty(step.Apply(world));
                }

                var violations = move.Apply(world);
                if (violations.Count > 0)
                {
                    edges.Add(new Edge(from, move, null, violations[0].Code));
                    continue;
                }

                var to = world.Key;
                edges.Add(new Edge(from, move, to, null));
                if (pathTo.TryAdd(to, [.. pathTo[from], move]))
                {
                    queue.Enqueue(to);
                }
            }
        }

        return new WalkResult(pathTo.Keys.ToList(), edges, pathTo);
    }

    private enum ClockPosition
    {
        BeforeOpening,
        InEntry,
        AfterExpiry,
    }

    private sealed record Move(string Actor, string Name, Func<World, IReadOnlyList<RuleViolation>> Apply);

    /// <summary>What tells two moments of the walk apart: the cycle, the clock, the item's state, its N/A request and revision, whether a value is entered.</summary>
    private sealed record StateKey(CycleStatus Status, ClockPosition Clock, SubmissionState State, NotApplicableRequest NotApplicable, bool Reopened, bool HasValue)
    {
        public bool AtRest => Status == CycleStatus.Closed && State is SubmissionState.Locked or SubmissionState.NotApplicable or SubmissionState.Missing;
    }

    private sealed record Edge(StateKey From, Move Move, StateKey? To, string? Refusal);

    private sealed record WalkResult(List<StateKey> States, List<Edge> Edges, Dictionary<StateKey, Move[]> PathTo);

    /// <summary>One item of a planned 2025 cycle (default calendar) beside another of the same governorate, so the close computes GOV-02 as it would.</summary>
    private sealed class World
    {
        private World(Cycle cycle, Indicator indicator, Submission item, Indicator otherIndicator, Submission other, DateTimeOffset now)
        {
            (Cycle, Indicator, Item, OtherIndicator, Other, Now) = (cycle, indicator, item, otherIndicator, other, now);
        }

        public Cycle Cycle { get; }

        public Indicator Indicator { get; }

        public Submission Item { get; }

        public DateTimeOffset Now { get; set; }

        public StateKey Key => new(
            Cycle.Status,
            Now < Cycle.OpensAt ? ClockPosition.BeforeOpening : Now < Cycle.ExpiresAt ? ClockPosition.InEntry : ClockPosition.AfterExpiry,
            Item.State,
            Item.NotApplicable,
            Item.CurrentRevision > 1,
            Item.Current.Value is not null);

        private Indicator OtherIndicator { get; }

        private Submission Other { get; }

        public static World Start(Indicator indicator)
        {
            var calendar = CycleCalendar.Default(2025);
            var now = MuscatTime.StartOfDay(calendar.Opens).AddDays(-30);
            var cycle = Cycle.Create(2025, Edition.Id, calendar, now);
            var other = indicator.Source == SourceType.Platform ? Percent : Computed;
            return new World(cycle, indicator, Submission.Create(cycle, "OM-BS", indicator, now), other, Submission.Create(cycle, "OM-BS", other, now), now);
        }

        public void Close() => CycleClosing.Close(Cycle, [Item, Other], new[] { Indicator, OtherIndicator }.ToDictionary(i => i.Code), Now, "central");
    }
}

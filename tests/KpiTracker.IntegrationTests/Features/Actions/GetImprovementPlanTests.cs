using System.Globalization;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Actions.GetImprovementPlan;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Actions;

/// <summary>The plan offers an action on every weak indicator: red and amber ones, and each indicator of a criterion below Established.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetImprovementPlanTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_green_indicator_of_a_criterion_below_established_is_offered_and_takes_an_action()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        // The criterion with the most scored indicators: all but one green one fall to their zero-score value, and OM-BS is rescored.
        var rows = await Fixture.WithDbAsync(db => (
            from r in db.ScoreRuns
            join i in db.ScoreRunIndicators on r.Id equals i.RunId
            where r.Year == 2024 && r.OrgUnitCode == "OM-BS" && r.IsLatest && i.Status == IndicatorStatus.Value && i.TargetHigh == null && i.Lower != null
            select new { i.Code, i.CriterionCode, i.Light, i.Lower }).ToListAsync());
        var criterion = rows.GroupBy(r => r.CriterionCode)
            .Where(g => g.Count() >= 3 && g.Any(r => r.Light == TrafficLight.Green))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var kept = criterion.First(r => r.Light == TrafficLight.Green).Code;
        var values = string.Join(", ", criterion.Where(r => r.Code != kept).Select(r => string.Create(CultureInfo.InvariantCulture, $"('{r.Code}', {r.Lower})")));
        await Fixture.ExecuteAsOwnerAsync($"""
            UPDATE revisions r SET value = v.value FROM submissions s, (VALUES {values}) v(code, value)
            WHERE r.submission_id = s.id AND r.number = s.current_revision AND s.year = 2024 AND s.org_unit_code = 'OM-BS' AND s.indicator_code = v.code;
            """);
        await Fixture.SendAsync(new ScoreCycleCommand(2024, "OM-BS"));
        var score = await Fixture.WithDbAsync(db => (
            from r in db.ScoreRuns
            join c in db.ScoreRunCriteria on r.Id equals c.RunId
            where r.Year == 2024 && r.OrgUnitCode == "OM-BS" && r.IsLatest && c.Code == criterion.Key
            select c.PublishedScore).SingleAsync());
        Assert.True(score < 60, $"criterion {criterion.Key} scored {score}: the arrangement should put it below Established (60)");

        var plan = (await data.ReviewerClient.GetFromJsonAsync<ImprovementPlanDto>(ActionData.Actions(tail: "/plan?year=2024")))!;
        var offered = Assert.Single(plan.Weak, w => w.Code == kept);
        Assert.Equal((TrafficLight.Green, criterion.Key), (offered.Light, offered.WeakCriterion));
        Assert.All(plan.Weak.Where(w => w.WeakCriterion is null), w => Assert.Contains(w.Light, new[] { TrafficLight.Red, TrafficLight.Amber }));

        var action = await data.OpenAsync(kept);
        Assert.Equal(kept, action.Indicator);
        var after = (await data.ReviewerClient.GetFromJsonAsync<ImprovementPlanDto>(ActionData.Actions(tail: "/plan?year=2024")))!;
        Assert.DoesNotContain(after.Weak, w => w.Code == kept);
    }
}

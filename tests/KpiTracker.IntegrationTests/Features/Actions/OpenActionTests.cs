using System.Net;
using System.Net.Http.Json;
using KpiTracker.Domain.Improvement;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Actions;

[Collection(SecondDatabaseGroup.Name)]
public sealed class OpenActionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_reviewer_opens_an_action_on_a_red_indicator_with_the_proposed_expected_value_and_it_is_audited()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        var draft = await data.DraftAsync(data.Red);

        var action = await data.OpenAsync(data.Red);

        Assert.True(draft.CanOpen);
        Assert.Equal(Domain.Scoring.TrafficLight.Red, draft.Light);
        Assert.Contains(draft.Responsibles, p => p.UserName == "owner.bs");
        Assert.NotNull(draft.Expected);
        Assert.Equal((1, 2024, data.Red, ActionStatus.Planned), (action.Number, action.Year, action.Indicator, action.Status));
        Assert.Equal(data.Cycle2024.Values[("OM-BS", data.Red)], action.Baseline);
        Assert.Equal(draft.Expected, action.Expected);
        Assert.Equal(draft.Baseline, action.Baseline);
        Assert.Equal(2, (await data.OpenAsync(data.Red, expected: 99m, title: "Second")).Number);
        var audited = await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == "improvement_action" && e.EntityKey == "OM-BS/1"));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task A_green_indicator_is_refused_with_a_field_error_in_both_languages()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        using var arabic = await Fixture.Users.ClientForAsync(data.Reviewer, "ar");
        var body = new { year = 2024, indicator = data.Green, title = "t", responsible = "owner.bs", dueDate = "2025-06-30", expected = 90 };

        using var en = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(), body);
        using var ar = await arabic.PostAsJsonAsync(ActionData.Actions(), body);

        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        var english = (await en.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        Assert.Contains("red or amber", Assert.Single(english.Errors["indicator"]), StringComparison.Ordinal);
        var inArabic = (await ar.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        Assert.Contains("حمراء أو صفراء", Assert.Single(inArabic.Errors["indicator"]), StringComparison.Ordinal);
        Assert.False((await data.DraftAsync(data.Green)).CanOpen);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ImprovementActions.CountAsync()));
    }

    [Fact]
    public async Task A_responsible_user_outside_the_governorate_and_a_past_due_date_are_refused()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await Fixture.Users.CreateAsync("owner.ma", (Domain.Access.Role.IndicatorOwner, "OM-MA", "CUS-01"));

        using var outside = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(), new { year = 2024, indicator = data.Red, title = "t", responsible = "owner.ma", dueDate = "2025-06-30" });
        using var past = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(), new { year = 2024, indicator = data.Red, title = "t", responsible = "owner.bs", dueDate = "2025-03-01" });

        Assert.Contains("responsible", (await outside.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Contains("dueDate", (await past.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }
}

using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Actions;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Actions;

[Collection(SecondDatabaseGroup.Name)]
public sealed class ListActionsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Filters_by_status_indicator_and_overdue()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        await data.OpenAsync(data.Red, title: "Second");
        using var started = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/2/status"), new { status = "in_progress", note = "Begun" });

        var all = await ListAsync(data, "");
        var inProgress = await ListAsync(data, "?status=in_progress");
        var other = await ListAsync(data, "?indicator=LSP-01");
        var overdueNow = await ListAsync(data, "?overdue=true");
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2025, 7, 1, 6, 0, 0, TimeSpan.Zero));
        var overdueLater = await ListAsync(data, "?overdue=true");

        Assert.Equal([1, 2], all.Select(a => a.Number));
        Assert.Equal(2, Assert.Single(inProgress).Number);
        Assert.Equal("Begun", inProgress[0].ProgressNote);
        Assert.Equal(data.Red == "LSP-01" ? 2 : 0, other.Count);
        Assert.Empty(overdueNow);
        Assert.Equal([1, 2], overdueLater.Select(a => a.Number));
        Assert.All(overdueLater, a => Assert.True(a.Overdue));
    }

    [Fact]
    public async Task Every_action_route_answers_404_outside_the_scope_and_403_without_the_permission()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        using var owner = await Fixture.Users.ClientForAsync(data.Owner);
        using var otherReviewer = await ClientAsync("reviewer.ma", Role.GovernorateReviewer, "OM-MA");
        using var viewer = await ClientAsync("viewer.all", Role.Viewer, null);
        var open = new { year = 2024, indicator = data.Red, title = "t", responsible = "owner.bs", dueDate = "2025-06-30" };
        var move = new { status = "in_progress" };
        var draft = $"/draft?year=2024&indicator={data.Red}";

        Assert.Equal(HttpStatusCode.OK, await GetAsync(data.ReviewerClient, ""));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(viewer, ""));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(Client, ""));
        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(owner, ""));
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync(otherReviewer, ""));

        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(owner, draft));
        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(viewer, draft));
        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(Client, draft));
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync(otherReviewer, draft));

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(owner, "", open));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(viewer, "", open));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(otherReviewer, "", open));

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(owner, "/1/status", move));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(Client, "/1/status", move));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(otherReviewer, "/1/status", move));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(data.ReviewerClient, "/9/status", move));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(data.ReviewerClient, "/1/status", move));

        // Evidence of completion: attached and removed by the governorate's reviewer, downloaded by every reader of its actions.
        var file = await data.AttachAsync(1);
        var download = $"/1/evidence/{file.Id}";
        Assert.Equal(HttpStatusCode.Forbidden, await UploadAsync(owner));
        Assert.Equal(HttpStatusCode.Forbidden, await UploadAsync(viewer));
        Assert.Equal(HttpStatusCode.Forbidden, await UploadAsync(Client));
        Assert.Equal(HttpStatusCode.NotFound, await UploadAsync(otherReviewer));

        Assert.Equal(HttpStatusCode.OK, await GetAsync(data.ReviewerClient, download));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(viewer, download));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(Client, download));
        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(owner, download));
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync(otherReviewer, download));

        Assert.Equal(HttpStatusCode.Forbidden, await DeleteAsync(owner, download));
        Assert.Equal(HttpStatusCode.Forbidden, await DeleteAsync(viewer, download));
        Assert.Equal(HttpStatusCode.Forbidden, await DeleteAsync(Client, download));
        Assert.Equal(HttpStatusCode.NotFound, await DeleteAsync(otherReviewer, download));
        Assert.Equal(HttpStatusCode.NoContent, await DeleteAsync(data.ReviewerClient, download));
    }

    private static async Task<HttpStatusCode> UploadAsync(HttpClient client)
    {
        using var response = await ActionData.UploadAsync(client, 1, "report.pdf", Evidence.EvidenceSamples.Pdf());
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> DeleteAsync(HttpClient client, string tail)
    {
        using var response = await client.DeleteAsync(ActionData.Actions(tail: tail));
        return response.StatusCode;
    }

    private static async Task<List<ActionDto>> ListAsync(ActionData data, string query) =>
        (await data.ReviewerClient.GetFromJsonAsync<List<ActionDto>>(ActionData.Actions(tail: query)))!;

    private async Task<HttpClient> ClientAsync(string name, Role role, string? org) =>
        await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync(name, (role, org, null)));

    private static async Task<HttpStatusCode> GetAsync(HttpClient client, string tail)
    {
        using var response = await client.GetAsync(ActionData.Actions(tail: tail));
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string tail, object body)
    {
        using var response = await client.PostAsJsonAsync(ActionData.Actions(tail: tail), body);
        return response.StatusCode;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Cycles;

public sealed class ListCyclesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero));
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    [Fact]
    public async Task Only_the_central_team_manages_cycles_but_everyone_signed_in_sees_the_calendar()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.all", (Role.Viewer, null, null)));

        using var create = await reviewer.PostAsJsonAsync("/api/cycles", new { year = 2026 });
        using var open = await reviewer.PostAsync(new Uri("/api/cycles/2025/open", UriKind.Relative), null);
        using var close = await viewer.PostAsync(new Uri("/api/cycles/2025/close", UriKind.Relative), null);
        using var anonymous = await Anonymous.GetAsync(new Uri("/api/cycles", UriKind.Relative));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized], new[] { create.StatusCode, open.StatusCode, close.StatusCode, anonymous.StatusCode });
        Assert.Single((await viewer.GetFromJsonAsync<List<CycleSummaryDto>>("/api/cycles", Json))!);
        using var unknown = await viewer.GetAsync(new Uri("/api/cycles/1990", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Cycles;

public sealed class OpenCycleTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero));
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    [Fact]
    public async Task Opening_creates_a_draft_for_every_governorate_and_indicator_once()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();

        using var opened = await Client.PostAsync(new Uri("/api/cycles/2025/open", UriKind.Relative), null);
        var cycle = (await opened.Content.ReadFromJsonAsync<CycleDto>(Json))!;
        Assert.Equal((CycleStatus.Open, CyclePhase.Scheduled), (cycle.Status, cycle.Phase));
        var counts = await Fixture.WithDbAsync(async db => (await db.Submissions.CountAsync(), await db.Revisions.CountAsync(), await db.Submissions.Select(s => s.OrgUnitCode).Distinct().CountAsync()));
        Assert.Equal((11 * 35, 11 * 35, 11), counts);
        Assert.Equal("385 items", await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "open_cycle.update").Select(a => a.Reason).SingleAsync()));

        using var twice = await Client.PostAsync(new Uri("/api/cycles/2025/open", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("cycle.already_open", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
        var list = (await Client.GetFromJsonAsync<List<CycleSummaryDto>>("/api/cycles", Json))!;
        Assert.Equal((CyclePhase.Collecting, true), (Assert.Single(list).Phase, list[0].EntryOpen));
    }
}

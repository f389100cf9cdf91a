using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Cycles;

public sealed class SetTargetOverrideTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero));
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    [Fact]
    public async Task Count_indicators_take_per_governorate_targets_set_by_the_central_team()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();

        using var set = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 0, target = 4 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        using var reset = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 1, target = 5 });
        var cycle = (await Client.GetFromJsonAsync<CycleDto>("/api/cycles/2025", Json))!;
        Assert.Equal((1m, 5m), (Assert.Single(cycle.TargetOverrides).Lower, cycle.TargetOverrides[0].Target));

        using var percent = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/LSP-01", new { lower = 0, target = 4 });
        Assert.Contains("target.not_count", FieldCodes(await percent.Content.ReadAsStringAsync(), "indicator"));
        using var equal = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 3, target = 3 });
        Assert.Contains("indicator.lower_equals_target", FieldCodes(await equal.Content.ReadAsStringAsync(), "target"));
        using var missing = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 3 });
        Assert.Contains("required", FieldCodes(await missing.Content.ReadAsStringAsync(), "target"));
        using var unknown = await Client.PutAsJsonAsync("/api/cycles/2025/targets/OM-XX/PAO-02", new { lower = 0, target = 4 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.mu", (Role.GovernorateReviewer, "OM-MU", null)));
        using var notTheirs = await reviewer.PutAsJsonAsync("/api/cycles/2025/targets/OM-MU/PAO-02", new { lower = 0, target = 9 });
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);

        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "cycle_target_override").OrderBy(a => a.Seq).Select(a => new { a.Action, a.EntityKey }).ToListAsync());
        Assert.Equal([("set_target_override.create", "2025/OM-MU/PAO-02"), ("set_target_override.update", "2025/OM-MU/PAO-02")], audit.Select(a => (a.Action, a.EntityKey!)).ToArray());
    }


    private static string[] FieldCodes(string problem, string field)
    {
        using var document = JsonDocument.Parse(problem);
        return document.RootElement.TryGetProperty("fieldCodes", out var codes) && codes.TryGetProperty(field, out var list)
            ? [.. list.EnumerateArray().Select(c => c.GetString()!)]
            : [$"(no {field} in {problem})"];
    }
}

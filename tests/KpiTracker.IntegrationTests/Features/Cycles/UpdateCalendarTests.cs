using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Cycles;

public sealed class UpdateCalendarTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero));
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    [Fact]
    public async Task Dates_change_until_the_cycle_opens_and_the_change_is_audited()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();

        using var moved = await Client.PutAsJsonAsync("/api/cycles/2025", new { submissionDeadline = "2026-02-05", expiry = "2026-02-19" });
        var cycle = (await moved.Content.ReadFromJsonAsync<CycleDto>(Json))!;
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 5), new DateOnly(2026, 2, 19)), (cycle.Calendar.Opens, cycle.Calendar.SubmissionDeadline, cycle.Calendar.Expiry));
        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "update_calendar.update"));
        Assert.Contains("2026-02-05T20:00:00", audit.NewValues, StringComparison.Ordinal);
        Assert.Contains("2026-01-31T20:00:00", audit.OldValues, StringComparison.Ordinal);

        using var badOrder = await Client.PutAsJsonAsync("/api/cycles/2025", new { reviewDue = "2026-02-10" });
        Assert.Contains("cycle.calendar.order", FieldCodes(await badOrder.Content.ReadAsStringAsync(), "calendar.reviewDue"));

        (await Client.PostAsync(new Uri("/api/cycles/2025/open", UriKind.Relative), null)).Dispose();
        using var late = await Client.PutAsJsonAsync("/api/cycles/2025", new { expiry = "2026-02-28" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("cycle.not_planned", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }


    private static string[] FieldCodes(string problem, string field)
    {
        using var document = JsonDocument.Parse(problem);
        return document.RootElement.TryGetProperty("fieldCodes", out var codes) && codes.TryGetProperty(field, out var list)
            ? [.. list.EnumerateArray().Select(c => c.GetString()!)]
            : [$"(no {field} in {problem})"];
    }
}

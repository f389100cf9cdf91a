using System.Net;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Common;

/// <summary>Refused accesses are written in full up to a budget per user and minute (10 by default), then counted in one summary.</summary>
public sealed class RefusalAuditTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Two_hundred_refusals_in_a_minute_write_the_first_ten_and_one_summary_with_the_rest_counted()
    {
        var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.flood", (Role.Viewer, "OM-BS", null)));
        var minute = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        Fixture.Clock.SetUtcNow(minute);

        for (var batch = 0; batch < 10; batch++)
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
            {
                using var refused = await viewer.GetAsync(new Uri("/api/users", UriKind.Relative));
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            }));
        }

        Assert.Equal(10, (await RecordsAsync()).Count);

        // The minute has ended: the viewer's next refusal brings the summary with it (or the flusher wrote it already).
        Fixture.Clock.SetUtcNow(minute.AddMinutes(1));
        using (var next = await viewer.GetAsync(new Uri("/api/users", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, next.StatusCode);
        }

        var records = await RecordsAsync();
        var summary = Assert.Single(records, r => r.NewValues!.Contains("\"summary\"", StringComparison.Ordinal));
        Assert.Equal(12, records.Count);
        Assert.Equal(("viewer.flood", "access", RefusalAudit.Action), (summary.UserName, summary.Entity, summary.Action));
        Assert.Contains("\"count\": 190", summary.NewValues!, StringComparison.Ordinal);
        Assert.Contains("\"written\": 10", summary.NewValues!, StringComparison.Ordinal);
    }

    private Task<List<AuditEntry>> RecordsAsync() =>
        Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == RefusalAudit.Action && a.UserName == "viewer.flood").OrderBy(a => a.Seq).ToListAsync());
}

using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Audit;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Audit;

public sealed class VerifyAuditChainTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_chain_verifies_and_a_row_altered_by_the_owner_is_reported()
    {
        for (var i = 0; i < 3; i++)
        {
            using var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = $"CHAIN-{i}" });
            Assert.Equal(HttpStatusCode.Created, cloned.StatusCode);
        }

        var intact = await Client.GetFromJsonAsync<AuditChainReport>("/api/audit/verify");
        Assert.True(intact!.Intact);
        Assert.True(intact.Checked > 100, $"{intact.Checked} records");

        var victim = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "indicator").OrderBy(a => a.Seq).Select(a => a.Seq).Skip(5).FirstAsync());
        await Fixture.ExecuteAsOwnerAsync($$"""
            ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
            UPDATE audit_log SET new_values = jsonb_set(new_values, '{target}', '1') WHERE seq = {{victim}};
            ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
            """);

        var broken = await Client.GetFromJsonAsync<AuditChainReport>("/api/audit/verify");
        Assert.False(broken!.Intact);
        Assert.Equal(victim, broken.FirstBrokenSeq);
        Assert.Equal("hash_mismatch", broken.Problem);
    }

    [Fact]
    public async Task Recomputing_the_altered_rows_hash_still_breaks_the_next_link()
    {
        using var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "CHAIN-X" });
        var victim = await Fixture.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Seq).Select(a => a.Seq).Skip(10).FirstAsync());
        await Fixture.ExecuteAsOwnerAsync($"""
            ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
            UPDATE audit_log SET reason = 'rewritten' WHERE seq = {victim};
            UPDATE audit_log a SET hash = audit_row_hash(a) WHERE seq = {victim};
            ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
            """);

        var report = await Client.GetFromJsonAsync<AuditChainReport>("/api/audit/verify");

        Assert.Equal((false, victim + 1, "link_broken"), (report!.Intact, report.FirstBrokenSeq, report.Problem));
    }
}

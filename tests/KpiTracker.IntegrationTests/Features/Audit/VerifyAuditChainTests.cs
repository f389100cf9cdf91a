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

    // The change must be one the record's MAC does not cover (its time, moved within the tolerance), or mac_invalid comes first.
    [Fact]
    public async Task Recomputing_the_altered_rows_hash_still_breaks_the_next_link()
    {
        using var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "CHAIN-X" });
        var victim = await Fixture.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Seq).Select(a => a.Seq).Skip(10).FirstAsync());
        await Fixture.ExecuteAsOwnerAsync($"""
            ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
            UPDATE audit_log SET at = at - interval '1 second' WHERE seq = {victim};
            UPDATE audit_log a SET hash = audit_row_hash(a) WHERE seq = {victim};
            ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
            """);

        var report = await Client.GetFromJsonAsync<AuditChainReport>("/api/audit/verify");

        Assert.Equal((false, victim + 1, "link_broken"), (report!.Intact, report.FirstBrokenSeq, report.Problem));
    }

    [Fact]
    public async Task Rewriting_a_records_content_and_recomputing_every_hash_after_it_breaks_its_mac()
    {
        using var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "CHAIN-Y" });
        var victim = await Fixture.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Seq).Select(a => a.Seq).Skip(10).FirstAsync());
        await Fixture.ExecuteAsOwnerAsync($"""
            ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
            UPDATE audit_log SET reason = 'rewritten' WHERE seq = {victim};
            DO $$ DECLARE r audit_log; previous text;
            BEGIN
              SELECT hash INTO previous FROM audit_log WHERE seq = {victim} - 1;
              FOR r IN SELECT * FROM audit_log WHERE seq >= {victim} ORDER BY seq LOOP
                r.prev_hash := previous;
                previous := audit_row_hash(r);
                UPDATE audit_log SET prev_hash = r.prev_hash, hash = previous WHERE seq = r.seq;
              END LOOP;
            END $$;
            ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
            """);

        var report = await Client.GetFromJsonAsync<AuditChainReport>("/api/audit/verify");

        Assert.Equal((false, victim, "mac_invalid"), (report!.Intact, report.FirstBrokenSeq, report.Problem));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Audit;
using KpiTracker.Domain.Organisation;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiTracker.IntegrationTests.Features.Audit;

public sealed class AuditLogTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_committed_change_leaves_exactly_one_record_and_a_rolled_back_one_leaves_none()
    {
        var before = await CountAsync();

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.OrgUnits.Add(OrgUnit.Create("OM-TEST-1", "تجربة", "Trial", OrgUnitKind.Department, null, 99));
                await db.SaveChangesAsync();
                Assert.Equal(before + 1, await db.AuditEntries.CountAsync());
                await transaction.RollbackAsync();
            });
        }

        Assert.Equal(before, await CountAsync());

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.OrgUnits.Add(OrgUnit.Create("OM-TEST-2", "تجربة", "Trial", OrgUnitKind.Department, null, 99));
            await db.SaveChangesAsync();
        }

        var records = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == "OM-TEST-2").ToListAsync());
        var record = Assert.Single(records);
        Assert.Equal(("org_unit", "create", "system"), (record.Entity, record.Action, record.Role));
        Assert.Contains("\"nameEn\": \"Trial\"", record.NewValues!, StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task An_api_change_records_who_their_role_what_old_and_new_and_the_reason()
    {
        await Fixture.Users.CreateAsync("target.a", (Domain.Access.Role.Viewer, null, null));

        using var response = await Client.PostAsJsonAsync("/api/users/target.a/deactivate", new { reason = "moved to another ministry" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var record = await Fixture.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "user" && a.EntityKey == "target.a" && a.Action == "set_user_active.update"));
        Assert.Equal("central.test", record.UserName);
        Assert.Equal("central_team", record.Role);
        Assert.Equal("moved to another ministry", record.Reason);
        Assert.Contains("\"isActive\": true", record.OldValues!, StringComparison.Ordinal);
        Assert.Contains("\"isActive\": false", record.NewValues!, StringComparison.Ordinal);
        Assert.DoesNotContain("securityStamp", record.NewValues!, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(record.CorrelationId));
    }

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

    [Theory]
    [InlineData("UPDATE audit_log SET reason = 'x'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    public async Task The_application_role_cannot_change_or_delete_audit_records(string sql)
    {
        Assert.True(await CountAsync() > 0);
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal("kpi_app", connection.UserName);
        await using var command = new NpgsqlCommand(sql, connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task Even_the_owner_is_stopped_by_the_append_only_trigger()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => Fixture.ExecuteAsOwnerAsync("UPDATE audit_log SET reason = 'x'"));

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_is_filtered_and_paged_for_auditors()
    {
        await Fixture.Users.CreateAsync("someone", (Domain.Access.Role.Viewer, null, null));
        using var signIn = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "someone", password = "wrong-password-xx" });
        var auditor = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("auditor.x", (Domain.Access.Role.Auditor, null, null)));

        var page = await auditor.GetFromJsonAsync<AuditPage>("/api/audit?action=auth.&pageSize=1");
        var record = Assert.Single(page!.Items);
        Assert.Equal(("auth.sign_in_failed", "someone"), (record.Action, record.EntityKey));
        Assert.Equal(1, page.Total);

        var all = await auditor.GetFromJsonAsync<AuditPage>("/api/audit?entity=org_unit&pageSize=5&page=2");
        Assert.Equal(5, all!.Items.Count);
        Assert.Equal(12, all.Total);

        using var bad = await auditor.GetAsync(new Uri("/api/audit?pageSize=9999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("pageSize", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    private Task<int> CountAsync() => Fixture.WithDbAsync(db => db.AuditEntries.CountAsync());
}

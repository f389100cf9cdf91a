using System.Net.Http.Json;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Features.Audit;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiTracker.IntegrationTests.Features.Audit;

/// <summary>What the application's own database role (<c>kpi_app</c>) can do to the audit log without the MAC key: nothing that verify misses.</summary>
public sealed class VerifyAuditChainForgeryTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Columns = "user_name, role, action, entity, entity_key";
    private const string Values = "'central.test', 'central_team', 'set_user_active.update', 'user', 'target.a'";

    [Theory]
    [InlineData("at", "'2020-01-01T00:00:00Z'")]
    [InlineData("seq", "1")]
    [InlineData("hash", "'00'")]
    [InlineData("prev_hash", "'00'")]
    public async Task The_app_role_cannot_set_the_time_or_a_chain_field(string column, string value)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => AsAppAsync($"INSERT INTO audit_log ({column}, {Columns}) VALUES ({value}, {Values})"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task A_record_in_another_users_name_gets_the_databases_time_and_verify_reports_it_unsigned()
    {
        await AsAppAsync($"INSERT INTO audit_log ({Columns}) VALUES ({Values})");

        var forged = await LatestAsync();
        Assert.InRange(forged.At, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal((forged.Seq, "mac_missing"), await ProblemAsync());
    }

    [Fact]
    public async Task The_audit_page_names_an_unsigned_record_in_both_languages()
    {
        await AsAppAsync($"INSERT INTO audit_log ({Columns}) VALUES ({Values})");
        var seq = (await LatestAsync()).Seq;

        var arabic = await Client.GetStringAsync(new Uri("/audit", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/audit");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var response = await Client.SendAsync(request);
        var english = await response.Content.ReadAsStringAsync();

        Assert.Contains($"سلسلة سجل التدقيق مكسورة عند السجل #{seq}: لا يحمل توقيعاً، فلم يكتبه التطبيق.", arabic, StringComparison.Ordinal);
        Assert.Contains($"The audit chain is broken at record #{seq}: it carries no signature, so the application did not write it.", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "mac_invalid")]
    [InlineData("ffffffffffffffff", "unknown_key")]
    public async Task A_made_up_mac_is_reported_and_so_is_an_unknown_key(string? keyId, string problem)
    {
        var key = keyId is null ? "(SELECT mac_key FROM audit_log WHERE mac_key IS NOT NULL ORDER BY seq DESC LIMIT 1)" : $"'{keyId}'";
        await AsAppAsync($"INSERT INTO audit_log ({Columns}, signed_at, mac_nonce, mac_key, mac) VALUES ({Values}, now(), gen_random_uuid(), {key}, repeat('a', 64))");

        Assert.Equal(((await LatestAsync()).Seq, problem), await ProblemAsync());
    }

    [Fact]
    public async Task A_genuine_record_cannot_be_replayed_and_a_copy_under_a_new_nonce_is_reported()
    {
        const string copy = "user_id, user_name, role, action, entity, entity_key, old_values, new_values, reason, client_address, correlation_id, signed_at";
        var replay = await Assert.ThrowsAsync<PostgresException>(() => AsAppAsync(
            $"INSERT INTO audit_log ({copy}, mac_nonce, mac_key, mac) SELECT {copy}, mac_nonce, mac_key, mac FROM audit_log ORDER BY seq DESC LIMIT 1"));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, replay.SqlState);

        await AsAppAsync($"INSERT INTO audit_log ({copy}, mac_nonce, mac_key, mac) SELECT {copy}, gen_random_uuid(), mac_key, mac FROM audit_log ORDER BY seq DESC LIMIT 1");

        Assert.Equal(((await LatestAsync()).Seq, "mac_invalid"), await ProblemAsync());
    }

    [Fact]
    public async Task A_record_is_timed_by_the_database_whatever_the_application_clock_says()
    {
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditWriter>().WriteAsync("test.clock", "test", "clock");
        }

        var record = await LatestAsync();
        Assert.Equal("test.clock", record.Action);
        Assert.InRange(record.At, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal((null, null), await ProblemAsync());
    }

    [Fact]
    public async Task A_record_re_dated_by_the_owner_with_its_hashes_recomputed_is_reported_as_time_skew()
    {
        var victim = (await LatestAsync()).Seq;
        await Fixture.ExecuteAsOwnerAsync($"""
            ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
            UPDATE audit_log SET at = at - interval '3 days' WHERE seq = {victim};
            UPDATE audit_log a SET hash = audit_row_hash(a) WHERE seq = {victim};
            ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
            """);

        Assert.Equal((victim, "time_skew"), await ProblemAsync());
    }

    private async Task<(long? Seq, string? Problem)> ProblemAsync()
    {
        var report = await Client.GetFromJsonAsync<AuditChainReport>("/api/audit/verify");
        return (report!.FirstBrokenSeq, report.Problem);
    }

    private Task<AuditEntry> LatestAsync() =>
        Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Seq).FirstAsync());

    private async Task AsAppAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal("kpi_app", connection.UserName);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

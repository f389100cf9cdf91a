using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Audit;

/// <summary>
/// The head export (<c>POST /api/audit/head-export</c>), what verify makes of it, and verify from the last export; the answers
/// are read as the wire gives them.
/// </summary>
public sealed class ExportAuditHeadTests(DatabaseFixture fixture) : IntegrationTest(fixture), IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kpi-audit-head-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public async Task Deleting_the_newest_records_after_an_export_is_reported_as_head_truncated()
    {
        await using var host = Exporting();
        using var client = ClientOf(host);
        var head = await ExportAsync(client);
        Assert.Equal(await MaxSeqAsync(), head.Seq);
        Assert.Single(await File.ReadAllLinesAsync(_path));

        await Fixture.ExecuteAsOwnerAsync($"""
            ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
            DELETE FROM audit_log WHERE seq > {head.Seq - 3};
            ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
            """);

        // Without the export the shortened chain is whole; against it, the deletion shows.
        Assert.True((await VerifyAsync(Client, ""))!.Intact);
        var report = await VerifyAsync(client, "");
        Assert.Equal((false, head.Seq, "head_truncated", head.Seq), (report.Intact, report.FirstBrokenSeq, report.Problem, report.ExportedSeq));
    }

    [Fact]
    public async Task A_different_record_at_the_exported_sequence_is_reported_as_head_mismatch()
    {
        await using var host = Exporting();
        using var client = ClientOf(host);
        var head = await ExportAsync(client);
        await Fixture.ExecuteAsOwnerAsync($"""
            ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
            DELETE FROM audit_log WHERE seq = {head.Seq};
            ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
            """);
        await WriteAsync("test.after");

        var report = await VerifyAsync(client, "");

        Assert.Equal((head.Seq, "head_mismatch"), (report.FirstBrokenSeq, report.Problem));
    }

    [Fact]
    public async Task An_export_line_without_a_valid_mac_is_reported()
    {
        await using var host = Exporting();
        using var client = ClientOf(host);
        var head = await ExportAsync(client);
        await File.AppendAllTextAsync(_path, $$"""{"seq":{{head.Seq + 5}},"hash":"{{head.Hash}}","exportedAt":"2026-01-01T00:00:00Z","intact":true,"key":"{{head.Key}}","mac":"{{new string('0', 64)}}"}""" + "\n");

        var report = await VerifyAsync(client, "");

        Assert.Equal((head.Seq + 5, "export_invalid"), (report.FirstBrokenSeq, report.Problem));
    }

    [Fact]
    public async Task From_the_last_export_verify_starts_at_the_exported_head()
    {
        await using var host = Exporting();
        using var client = ClientOf(host);
        var head = await ExportAsync(client);
        for (var i = 0; i < 3; i++)
        {
            await WriteAsync($"test.after.{i}");
        }

        await Fixture.ExecuteAsOwnerAsync("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; UPDATE audit_log SET reason = 'x' WHERE seq = 2; ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;");

        var full = await VerifyAsync(client, "");
        var incremental = await VerifyAsync(client, "?from=last-export");

        Assert.Equal((2L, "hash_mismatch"), (full.FirstBrokenSeq, full.Problem));
        Assert.Equal((true, head.Seq, 4L), (incremental.Intact, incremental.FromSeq, incremental.Checked));

        var after = await MaxSeqAsync();
        await Fixture.ExecuteAsOwnerAsync($"ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; UPDATE audit_log SET reason = 'x' WHERE seq = {after}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;");
        var tampered = await VerifyAsync(client, "?from=last-export");
        Assert.Equal((after, "hash_mismatch"), (tampered.FirstBrokenSeq, tampered.Problem));

        using var bad = await client.GetAsync(new Uri("/api/audit/verify?from=yesterday", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("audit.verify.from", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_export_path_the_export_is_refused_with_a_code()
    {
        using var response = await Client.PostAsync(new Uri("/api/audit/head-export", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("audit.head_export_off", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        File.Delete(_path);
        GC.SuppressFinalize(this);
    }

    private WebApplicationFactory<Program> Exporting() => Fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Kpi:Audit:HeadExportPath", _path));

    /// <summary>A client of the exporting host, signed in as the central team with the same token (one key ring in the database).</summary>
    private HttpClient ClientOf(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        return client;
    }

    private sealed record Head(long Seq, string Hash, string Key);

    private sealed record Exported(Head? Head, Report Chain);

    private sealed record Report(bool Intact, long Checked, long? FirstBrokenSeq, string? Problem, long FromSeq, long? ExportedSeq);

    private static async Task<Head> ExportAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/api/audit/head-export", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var exported = await response.Content.ReadFromJsonAsync<Exported>();
        Assert.True(exported!.Chain.Intact);
        return exported.Head!;
    }

    private static async Task<Report> VerifyAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Report>($"/api/audit/verify{query}"))!;

    private Task<long> MaxSeqAsync() => Fixture.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Seq));

    private async Task WriteAsync(string action)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditWriter>().WriteAsync(action, "test", "head");
    }
}

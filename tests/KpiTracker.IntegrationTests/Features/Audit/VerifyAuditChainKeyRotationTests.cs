using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Features.Audit;
using KpiTracker.Application.Features.Audit.VerifyAuditChain;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiTracker.IntegrationTests.Features.Audit;

/// <summary>The audit MAC keys: a new key signs after a rotation while the old one still verifies; Production needs a key.</summary>
public sealed class VerifyAuditChainKeyRotationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly string NewKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task After_a_rotation_the_new_key_signs_and_records_of_the_old_key_still_verify()
    {
        await WriteAsync(Fixture.Factory, "test.old-key");
        await using var rotated = WithKeys($"{KpiAppFactory.AuditMacKey}\n{NewKey}");
        await WriteAsync(rotated, "test.new-key");

        await using (var connection = new NpgsqlConnection(Fixture.OwnerConnectionString))
        {
            await connection.OpenAsync();
            var keys = await TestSql.StringsAsync(connection, "SELECT mac_key FROM audit_log WHERE action LIKE 'test.%' ORDER BY seq");
            Assert.Equal([KeyId(KpiAppFactory.AuditMacKey), KeyId(NewKey)], keys);
        }

        Assert.True((await VerifyAsync(rotated)).Intact);

        // A host that lacks either key names the first record it cannot check.
        await using var newOnly = WithKeys(NewKey);
        var withoutOld = await VerifyAsync(newOnly);
        var withoutNew = await VerifyAsync(Fixture.Factory);
        Assert.Equal((1L, "unknown_key"), (withoutOld.FirstBrokenSeq, withoutOld.Problem));
        Assert.Equal((await Fixture.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Seq)), "unknown_key"), (withoutNew.FirstBrokenSeq, withoutNew.Problem));
    }

    [Theory]
    [InlineData("", "The audit MAC key is missing")]
    [InlineData("c2hvcnQ=", "at least 32")]
    public async Task Production_refuses_to_start_without_a_good_key(string key, string reason)
    {
        await using var production = Fixture.Factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Kpi:Audit:MacKey", key));

        var error = Record.Exception(() => production.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A key's id as docs/SECURITY.md defines it: HMAC-SHA256(key, "kpi-audit-key-id"), 16 hex digits.</summary>
    private static string KeyId(string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromBase64String(key), Encoding.ASCII.GetBytes("kpi-audit-key-id")))[..16];

    private WebApplicationFactory<Program> WithKeys(string keys) => Fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Kpi:Audit:MacKey", keys));

    private static async Task WriteAsync(WebApplicationFactory<Program> host, string action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditWriter>().WriteAsync(action, "test", "rotation");
    }

    private static async Task<AuditChainReport> VerifyAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new VerifyAuditChainQuery());
        Assert.True(result.IsSuccess);
        return result.Value;
    }
}

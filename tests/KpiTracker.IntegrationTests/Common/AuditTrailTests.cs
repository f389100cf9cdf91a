using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Organisation;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiTracker.IntegrationTests.Common;

public sealed class AuditTrailTests(DatabaseFixture fixture) : IntegrationTest(fixture)
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

    private Task<int> CountAsync() => Fixture.WithDbAsync(db => db.AuditEntries.CountAsync());
}

using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace KpiTracker.IntegrationTests.Host;

public sealed class MigrationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_migrations_match_the_model_and_are_all_applied()
    {
        var (pendingModel, pendingMigrations) = await Fixture.WithDbAsync(async db =>
            (db.Database.HasPendingModelChanges(), (await db.Database.GetPendingMigrationsAsync()).ToList()));

        Assert.False(pendingModel, "The model has changes no migration captures: add one with dotnet ef migrations add.");
        Assert.Empty(pendingMigrations);
    }

    [Fact]
    public async Task A_database_from_before_the_naming_convention_keeps_migrating()
    {
        // The history table as databases created before EFCore.NamingConventions have it: EF's own column names.
        await Fixture.ExecuteAsOwnerAsync("""
            ALTER TABLE "__EFMigrationsHistory" RENAME COLUMN migration_id TO "MigrationId";
            ALTER TABLE "__EFMigrationsHistory" RENAME COLUMN product_version TO "ProductVersion";
            """);
        await using var connection = new NpgsqlConnection(Fixture.OwnerConnectionString);
        await connection.OpenAsync();
        var applied = await TestSql.StringsAsync(connection, "SELECT \"MigrationId\"::text FROM \"__EFMigrationsHistory\" ORDER BY 1");
        Assert.NotEmpty(applied);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:KpiOwner"] = Fixture.OwnerConnectionString })
            .Build();

        await DatabaseSetup.MigrateAsync(Fixture.Factory.Services, configuration);
        await DatabaseSetup.MigrateAsync(Fixture.Factory.Services, configuration);

        var columns = await TestSql.StringsAsync(connection, """
            SELECT column_name::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = '__EFMigrationsHistory' ORDER BY ordinal_position
            """);
        Assert.Equal(["migration_id", "product_version"], columns);
        Assert.Equal(applied, await TestSql.StringsAsync(connection, "SELECT migration_id::text FROM \"__EFMigrationsHistory\" ORDER BY 1"));
        Assert.Empty(await Fixture.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
    }
}

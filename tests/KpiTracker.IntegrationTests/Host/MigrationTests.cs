using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
}

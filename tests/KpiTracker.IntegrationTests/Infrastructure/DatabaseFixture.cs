using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Setup.SeedDefaults;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>One migrated database and one running host for the whole collection; <see cref="ResetAsync"/> empties it between tests.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    private Respawner? _respawner;

    public KpiAppFactory Factory { get; private set; } = null!;

    public string ConnectionString => Factory.ConnectionString;

    public string OwnerConnectionString => Factory.OwnerConnectionString;

    public TestUsers Users { get; private set; } = null!;

    /// <summary>The application's clock: the real time when each test starts; tests that need a date set it, and it runs on from there.</summary>
    public TestClock Clock => Factory.Clock;

    /// <summary>The clock of sessions (their absolute lifetime): real time when each test starts.</summary>
    public TestClock SessionClock => Factory.SessionClock;

    /// <summary>The host's role: <c>web</c> (no Hangfire server) for most tests; see <see cref="WorkerDatabaseFixture"/>.</summary>
    protected virtual string Role => "web";

    public async Task InitializeAsync()
    {
        var (owner, app) = await TestDatabase.CreateAsync("kpi_it");
        Factory = new KpiAppFactory(app, owner, role: Role);
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(owner, o => o.MigrationsAssembly("KpiTracker.Migrations")).Options;
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        await Web.Hosting.JobsHosting.InstallSchemaAsync(owner, TestDatabase.AppRole);

        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The running host's key ring (cookies, tokens) outlives the tests, as it outlives a deployment's restarts.
            TablesToIgnore = ["__EFMigrationsHistory", "data_protection_keys"],
        });
        Users = new TestUsers(this);
    }

    /// <summary>Empties every table (the audit log too, with its append-only triggers set aside), then seeds as start-up would.</summary>
    public async Task ResetAsync(bool seedDefaults = true)
    {
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
        SessionClock.SetUtcNow(DateTimeOffset.UtcNow);
        // A host that runs the job server keeps working on the tables while they are emptied, so the emptying can lose a
        // deadlock to a job; PostgreSQL rolls the loser back whole, and it is simply tried again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await EmptyTablesAsync();
                break;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                await Task.Delay(100 * attempt);
            }
        }

        if (seedDefaults)
        {
            await SendAsync(new SeedDefaultsCommand());
        }
    }

    private async Task EmptyTablesAsync()
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        await _respawner!.ResetAsync(connection);
    }

    /// <summary>Sends a message as the system (no HTTP request: no user, every permission).</summary>
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Runs SQL as the database owner, outside the application.</summary>
    public async Task<int> ExecuteAsOwnerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabase.DropAsync(OwnerConnectionString);
    }
}

/// <summary>A database whose host also runs the Hangfire server (role <c>all</c>), for the tests of jobs.</summary>
public sealed class WorkerDatabaseFixture : DatabaseFixture
{
    protected override string Role => "all";
}

[CollectionDefinition(Name)]
public sealed class WorkerGroup : ICollectionFixture<WorkerDatabaseFixture>
{
    public const string Name = "database-worker";
}

[CollectionDefinition(Name)]
public sealed class DatabaseGroup : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}

/// <summary>
/// A second database with its own host, so the database tests run as two collections side by side (xunit runs collections in
/// parallel): the scoring, accounts, reports, notifications and improvement-loop tests say so with
/// <c>[Collection(SecondDatabaseGroup.Name)]</c>; every other <see cref="IntegrationTest"/> is in <see cref="DatabaseGroup"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecondDatabaseGroup : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database-2";
}

/// <summary>Base of every database test: a clean, seeded database and a central-team client before each test.</summary>
[Collection(DatabaseGroup.Name)]
public abstract class IntegrationTest(DatabaseFixture fixture) : IAsyncLifetime
{
    protected DatabaseFixture Fixture { get; } = fixture;

    /// <summary>Signed in as a member of the central team (sees everything but the system's own settings).</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>Not signed in.</summary>
    protected HttpClient Anonymous { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Fixture.ResetAsync();
        Anonymous = Fixture.Factory.CreateClient();
        var central = await Fixture.Users.CreateAsync("central.test", (Domain.Access.Role.CentralTeam, null, null));
        Client = await Fixture.Users.ClientForAsync(central);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        return Task.CompletedTask;
    }
}

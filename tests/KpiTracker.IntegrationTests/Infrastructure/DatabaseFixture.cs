using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Setup.SeedDefaults;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>One migrated database and one running host for the whole collection; <see cref="ResetAsync"/> empties it between tests.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private Respawner? _respawner;

    public KpiAppFactory Factory { get; private set; } = null!;

    public string ConnectionString => Factory.ConnectionString;

    public async Task InitializeAsync()
    {
        var connectionString = await TestDatabase.CreateAsync("kpi_it");
        Factory = new KpiAppFactory(connectionString);
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory"],
        });
    }

    /// <summary>Empties every table, then (by default) seeds the governorates and the default edition as start-up would.</summary>
    public async Task ResetAsync(bool seedDefaults = true)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await _respawner!.ResetAsync(connection);
        }

        if (seedDefaults)
        {
            await SendAsync(new SeedDefaultsCommand());
        }
    }

    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabase.DropAsync(ConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseGroup : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}

/// <summary>Base of every database test: a clean, seeded database before each test.</summary>
[Collection(DatabaseGroup.Name)]
public abstract class IntegrationTest(DatabaseFixture fixture) : IAsyncLifetime
{
    protected DatabaseFixture Fixture { get; } = fixture;

    protected HttpClient Client { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Fixture.ResetAsync();
        Client = Fixture.Factory.CreateClient();
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }
}

using KpiTracker.Application.Data;
using KpiTracker.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiTracker.Benchmarks.Infrastructure;

/// <summary>
/// A fresh database of its own on the PostgreSQL named by KPI_TEST_PG (what <c>eval "$(deploy/local.sh db)"</c> exports),
/// migrated with the migrations assembly as the owner, with the Hangfire schema installed; the application connects as
/// <c>kpi_app</c> as in production. The same steps as the integration tests' fixture, written here so the benchmarks do not
/// depend on a test project. Dropped on dispose.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    public const string AppRole = "kpi_app";

    private BenchDatabase(string name, string owner, string app)
    {
        Name = name;
        OwnerConnectionString = owner;
        AppConnectionString = app;
    }

    public string Name { get; }

    public string OwnerConnectionString { get; }

    public string AppConnectionString { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("KPI_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "KPI_TEST_PG is not set. Start the dev database and export its connection first: eval \"$(deploy/local.sh db)\" (see docs/PERFORMANCE.md).");

    /// <summary>Creates and migrates a database named <c>{prefix}_{random}</c>.</summary>
    public static async Task<BenchDatabase> CreateAsync(string prefix)
    {
        var db = await CreateEmptyAsync(prefix, template: null);
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(db.OwnerConnectionString, o => o.MigrationsAssembly("KpiTracker.Migrations")).Options;
        await using (var context = new AppDbContext(options))
        {
            await context.Database.MigrateAsync();
        }

        await JobsHosting.InstallSchemaAsync(db.OwnerConnectionString, AppRole);
        return db;
    }

    /// <summary>A copy of <paramref name="template"/> (PostgreSQL's CREATE DATABASE … TEMPLATE); nobody may be connected to it.</summary>
    public static async Task<BenchDatabase> CopyAsync(BenchDatabase template, string prefix)
    {
        NpgsqlConnection.ClearAllPools();
        return await CreateEmptyAsync(prefix, template.Name);
    }

    private static async Task<BenchDatabase> CreateEmptyAsync(string prefix, string? template)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
            await ExecuteAsync(connection, $"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN CREATE ROLE {AppRole} LOGIN; END IF;
                EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                """);
            // The application role gets the cluster's password, as deploy/local.sh does for the dev database.
            await ExecuteAsync(connection, $"ALTER ROLE {AppRole} LOGIN PASSWORD '{server.Password!.Replace("'", "''", StringComparison.Ordinal)}'");
        }

        var owner = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
        var app = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Username = AppRole }.ConnectionString;
        return new BenchDatabase(name, owner, app);
    }

    /// <summary>Runs SQL as the owner.</summary>
    public async Task ExecuteAsOwnerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Gathers the planner's statistics of every table (<c>ANALYZE</c>), as autovacuum keeps them in a database in service. The
    /// benchmarks seed and score within a minute or two of creating their database, before autovacuum's first pass, and without
    /// statistics PostgreSQL estimates "rows of these runs" (<c>run_id = ANY(ids)</c>) as the whole table and reads it through.
    /// </summary>
    public Task AnalyzeAsync() => ExecuteAsOwnerAsync("ANALYZE");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

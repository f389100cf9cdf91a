using Npgsql;

namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>A database of its own on the PostgreSQL that <c>deploy/local.sh test</c> starts (connection in KPI_TEST_PG).</summary>
public static class TestDatabase
{
    public const string AppRole = "kpi_app";

    // Two fixtures starting at once would alter the cluster-wide role together ("tuple concurrently updated").
    private static readonly SemaphoreSlim RoleGate = new(1, 1);

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("KPI_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "KPI_TEST_PG is not set. Run the suite with `deploy/local.sh test`, or start a cluster with `eval \"$(deploy/local.sh db)\"` first.");

    /// <summary>Creates an empty database and returns (owner connection, application connection).</summary>
    public static async Task<(string Owner, string App)> CreateAsync(string prefix)
    {
        await RoleGate.WaitAsync();
        try
        {
            return await CreateOnceAsync(prefix);
        }
        finally
        {
            RoleGate.Release();
        }
    }

    private static async Task<(string Owner, string App)> CreateOnceAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"CREATE DATABASE \"{name}\"");
            // The application's role is cluster-wide; tests give it the cluster's own throwaway password.
            await ExecuteAsync(connection, $"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN CREATE ROLE {AppRole} LOGIN; END IF;
                EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                """);
            await ExecuteAsync(connection, $"ALTER ROLE {AppRole} LOGIN PASSWORD '{server.Password!.Replace("'", "''", StringComparison.Ordinal)}'");
        }

        var owner = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
        var app = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Username = AppRole }.ConnectionString;
        return (owner, app);
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

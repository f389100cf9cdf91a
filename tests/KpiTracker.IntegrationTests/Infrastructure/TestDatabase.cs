using Npgsql;

namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>A database of its own on the PostgreSQL that <c>deploy/local.sh test</c> starts (connection in KPI_TEST_PG).</summary>
public static class TestDatabase
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("KPI_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "KPI_TEST_PG is not set. Run the suite with `deploy/local.sh test`, or start a cluster with `eval \"$(deploy/local.sh db)\"` first.");

    public static async Task<string> CreateAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

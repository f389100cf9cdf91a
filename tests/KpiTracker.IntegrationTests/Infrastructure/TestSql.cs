using Npgsql;

namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>Plain SQL for tests that look at what PostgreSQL stored, below the application.</summary>
public static class TestSql
{
    /// <summary>The first column of every row the query returns, as text, in the query's order; <paramref name="parameter"/>, when given, is $1.</summary>
    public static async Task<List<string>> StringsAsync(NpgsqlConnection connection, string sql, object? parameter = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

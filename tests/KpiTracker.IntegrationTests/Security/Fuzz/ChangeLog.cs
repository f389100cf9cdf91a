using Npgsql;

namespace KpiTracker.IntegrationTests.Security.Fuzz;

/// <summary>
/// Counts committed row changes in the application's tables: a row trigger on every table of the public schema writes one
/// line into <c>fuzz.changes</c> in the changing transaction, so a change that rolls back leaves no line and one that commits
/// leaves one per row. The audit log is left out (a refusal is recorded there on purpose), as are the key ring and the
/// migrations history. Installed for one test and removed after it.
/// </summary>
internal sealed class ChangeLog(string ownerConnectionString)
{
    private static readonly string[] Untracked = ["audit_log", "data_protection_keys", "__EFMigrationsHistory"];

    public async Task InstallAsync()
    {
        var tables = await TablesAsync();
        var sql = $"""
            CREATE SCHEMA IF NOT EXISTS fuzz;
            CREATE TABLE IF NOT EXISTS fuzz.changes (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL);
            GRANT USAGE ON SCHEMA fuzz TO {Infrastructure.TestDatabase.AppRole};
            GRANT INSERT ON fuzz.changes TO {Infrastructure.TestDatabase.AppRole};
            GRANT USAGE ON SEQUENCE fuzz.changes_id_seq TO {Infrastructure.TestDatabase.AppRole};
            CREATE OR REPLACE FUNCTION fuzz.note() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO fuzz.changes (tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$;
            {string.Concat(tables.Select(t => $"CREATE TRIGGER fuzz_note AFTER INSERT OR UPDATE OR DELETE ON public.\"{t}\" FOR EACH ROW EXECUTE FUNCTION fuzz.note();\n"))}
            """;
        await ExecuteAsync(sql);
    }

    public async Task RemoveAsync()
    {
        var tables = await TablesAsync();
        await ExecuteAsync(string.Concat(tables.Select(t => $"DROP TRIGGER IF EXISTS fuzz_note ON public.\"{t}\";\n")) + "DROP SCHEMA IF EXISTS fuzz CASCADE;");
    }

    /// <summary>The newest change's number (at least <paramref name="since"/>) and the tables and operations changed after it.</summary>
    public async Task<(long Last, string Changed)> ReadAsync(long since = 0)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT greatest(@since, coalesce(max(id), 0)), coalesce(string_agg(DISTINCT tbl || ':' || op, ', '), '') FROM fuzz.changes WHERE id > @since",
            connection);
        command.Parameters.AddWithValue("since", since);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetString(1));
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        var tables = await Infrastructure.TestSql.StringsAsync(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
        return [.. tables.Where(t => !Untracked.Contains(t))];
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// A run's criterion and indicator rows are tied to it by statement-level checks (migration ScoreRunRowsStatementChecks) instead
/// of row-level foreign keys; these tests hold the checks to what the keys would guarantee, as the application's own database
/// role, and the writer to its key order.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class ScoreRunRowsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("score_run_criteria")]
    [InlineData("score_run_indicators")]
    public async Task A_row_naming_a_run_that_does_not_exist_is_refused_and_its_whole_statement_with_it(string table)
    {
        var run = await ScoredRunAsync();
        await using var connection = await OpenAsync(Fixture.ConnectionString);
        var before = await CountAsync(connection, table);

        // One row alone, then one bad row among good ones (a copy of the run's first row under a new code): nothing is written.
        await ExecuteAsync(connection, $"CREATE TEMP TABLE candidate AS SELECT * FROM {table} WHERE run_id = '{run}' LIMIT 1");
        await ExecuteAsync(connection, "UPDATE candidate SET run_id = gen_random_uuid(), code = 'ZZ-01'");
        var alone = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, $"INSERT INTO {table} SELECT * FROM candidate"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, alone.SqlState);
        Assert.Equal(table, alone.TableName);

        await ExecuteAsync(connection, $"INSERT INTO candidate SELECT * FROM {table} WHERE run_id = '{run}' LIMIT 1");
        await ExecuteAsync(connection, $"UPDATE candidate SET code = 'ZZ-02' WHERE run_id = '{run}'");
        var mixed = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, $"INSERT INTO {table} SELECT * FROM candidate"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, mixed.SqlState);
        Assert.Equal(before, await CountAsync(connection, table));

        // Moving an existing row to a run that does not exist is refused the same way; to an existing run it is allowed.
        var moved = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, $"UPDATE {table} SET run_id = gen_random_uuid() WHERE run_id = '{run}'"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, moved.SqlState);
        await ExecuteAsync(connection, $"INSERT INTO {table} SELECT * FROM candidate WHERE run_id = '{run}'");
        Assert.Equal(before + 1, await CountAsync(connection, table));
    }

    [Fact]
    public async Task Deleting_runs_deletes_their_rows_also_when_the_delete_cascades_from_a_cycle()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        var runs = (await Fixture.SendAsync(new ScoreCycleCommand(data.Year))).Value.Runs;
        await using var connection = await OpenAsync(Fixture.ConnectionString);
        Assert.Equal(11 * 7, await CountAsync(connection, "score_run_criteria"));
        Assert.Equal(11 * 35, await CountAsync(connection, "score_run_indicators"));

        // Two runs deleted by the application's role in one statement: exactly their rows go.
        await ExecuteAsync(connection, $"DELETE FROM score_runs WHERE id IN ('{runs[0].RunId}', '{runs[1].RunId}')");
        Assert.Equal(9 * 7, await CountAsync(connection, "score_run_criteria"));
        Assert.Equal(9 * 35, await CountAsync(connection, "score_run_indicators"));
        Assert.Equal(0, await CountAsync(connection, "score_run_indicators", $"run_id IN ('{runs[0].RunId}', '{runs[1].RunId}')"));

        // The cycle's deletion cascades to its runs (a foreign key action), and from them to their rows (the trigger).
        await Fixture.ExecuteAsOwnerAsync($"DELETE FROM cycles WHERE id = '{data.CycleId}'");
        Assert.Equal(0, await CountAsync(connection, "score_runs"));
        Assert.Equal(0, await CountAsync(connection, "score_run_criteria"));
        Assert.Equal(0, await CountAsync(connection, "score_run_indicators"));
    }

    [Fact]
    public async Task A_run_being_given_rows_cannot_be_deleted_until_they_are_committed_and_then_goes_with_them()
    {
        var run = await ScoredRunAsync();
        await using var writer = await OpenAsync(Fixture.ConnectionString);
        await using var transaction = await writer.BeginTransactionAsync();
        await ExecuteAsync(writer, $"CREATE TEMP TABLE candidate AS SELECT * FROM score_run_indicators WHERE run_id = '{run}' LIMIT 1", transaction);
        await ExecuteAsync(writer, "UPDATE candidate SET code = 'ZZ-01'", transaction);
        await ExecuteAsync(writer, "INSERT INTO score_run_indicators SELECT * FROM candidate", transaction);

        // The insert holds the run's key-share lock, as a foreign key's check does: a delete of the run waits for it.
        await using var deleter = await OpenAsync(Fixture.ConnectionString);
        await ExecuteAsync(deleter, "SET lock_timeout = '300ms'");
        var waited = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(deleter, $"DELETE FROM score_runs WHERE id = '{run}'"));
        Assert.Equal(PostgresErrorCodes.LockNotAvailable, waited.SqlState);

        await transaction.CommitAsync();
        await ExecuteAsync(deleter, $"DELETE FROM score_runs WHERE id = '{run}'");
        Assert.Equal(0, await CountAsync(deleter, "score_run_indicators", $"run_id = '{run}'"));
        Assert.Equal(0, await CountAsync(deleter, "score_run_criteria", $"run_id = '{run}'"));
    }

    [Fact]
    public async Task A_runs_id_cannot_change_and_truncating_the_runs_truncates_their_rows()
    {
        var run = await ScoredRunAsync();
        await using var connection = await OpenAsync(Fixture.ConnectionString);
        var changed = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, $"UPDATE score_runs SET id = gen_random_uuid() WHERE id = '{run}'"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, changed.SqlState);
        Assert.Equal(1, await CountAsync(connection, "score_runs", $"id = '{run}'"));

        await Fixture.ExecuteAsOwnerAsync("TRUNCATE score_runs");
        Assert.Equal(0, await CountAsync(connection, "score_run_criteria"));
        Assert.Equal(0, await CountAsync(connection, "score_run_indicators"));
    }

    [Fact]
    public async Task A_batch_of_runs_is_written_in_key_order_whatever_order_it_was_computed_in()
    {
        // The 11 runs of one forced batch share one time, so their version-7 ids differ only in random bits and come out of the
        // engine in no particular order (all 11 already in order by chance: 1 in 11!). The writer sends them, and their rows, in
        // primary-key order. The order rows arrive in is recorded by a row trigger made for this test (the order they lie in on
        // disk is not it: PostgreSQL puts a short row into an earlier page's leftover space).
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.ExecuteAsOwnerAsync("""
            CREATE TABLE test_arrivals (seq bigserial PRIMARY KEY, tab text NOT NULL, run_id uuid NOT NULL);
            CREATE FUNCTION test_arrival() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
            BEGIN
              INSERT INTO test_arrivals (tab, run_id) VALUES (TG_TABLE_NAME, (to_jsonb(NEW) ->> TG_ARGV[0])::uuid);
              RETURN NEW;
            END $$;
            CREATE TRIGGER test_arrival BEFORE INSERT ON score_runs FOR EACH ROW EXECUTE FUNCTION test_arrival('id');
            CREATE TRIGGER test_arrival BEFORE INSERT ON score_run_criteria FOR EACH ROW EXECUTE FUNCTION test_arrival('run_id');
            CREATE TRIGGER test_arrival BEFORE INSERT ON score_run_indicators FOR EACH ROW EXECUTE FUNCTION test_arrival('run_id');
            """);
        try
        {
            var runs = (await Fixture.SendAsync(new ScoreCycleCommand(data.Year))).Value.Runs;
            Assert.Equal(11, runs.Count);
            await using var connection = await OpenAsync(Fixture.ConnectionString);
            var arrived = await TestSql.StringsAsync(connection, "SELECT run_id::text FROM test_arrivals WHERE tab = 'score_runs' ORDER BY seq");
            Assert.Equal(runs.Select(r => r.RunId.ToString()).Order(StringComparer.Ordinal), arrived);
            var criteria = await TestSql.StringsAsync(connection, "SELECT run_id::text FROM test_arrivals WHERE tab = 'score_run_criteria' ORDER BY seq");
            Assert.Equal(11 * 7, criteria.Count);
            Assert.Equal(criteria.Order(StringComparer.Ordinal), criteria);
            var indicators = await TestSql.StringsAsync(connection, "SELECT run_id::text FROM test_arrivals WHERE tab = 'score_run_indicators' ORDER BY seq");
            Assert.Equal(11 * 35, indicators.Count);
            Assert.Equal(indicators.Order(StringComparer.Ordinal), indicators);
        }
        finally
        {
            await Fixture.ExecuteAsOwnerAsync("""
                DROP TRIGGER test_arrival ON score_runs;
                DROP TRIGGER test_arrival ON score_run_criteria;
                DROP TRIGGER test_arrival ON score_run_indicators;
                DROP FUNCTION test_arrival();
                DROP TABLE test_arrivals;
                """);
        }
    }

    /// <summary>Scores an open cycle of the 11 governorates and returns the id of one of the runs written.</summary>
    private async Task<Guid> ScoredRunAsync()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        var result = await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        var run = result.Value.Runs[0].RunId;
        Assert.Equal(35, await Fixture.WithDbAsync(db => db.ScoreRunIndicators.CountAsync(i => i.RunId == run)));
        return run;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string table, string where = "true")
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE {where}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

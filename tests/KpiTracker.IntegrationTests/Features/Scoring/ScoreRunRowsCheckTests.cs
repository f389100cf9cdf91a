using KpiTracker.Application.Data.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// Migration ScoreRunRowsStatementChecks: a run's criterion and indicator rows are checked against it by statement-level
/// triggers, not row-level foreign keys (ADR 0008), and the EF model maps no relationship for them. What the checks
/// guarantee is held in <see cref="ScoreRunRowsTests"/>.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class ScoreRunRowsCheckTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_rows_are_checked_by_statement_triggers_and_no_foreign_key_references_the_runs()
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        var keys = await TestSql.StringsAsync(connection, """
            SELECT conname::text || ' ' || conrelid::regclass::text || ' -> ' || confrelid::regclass::text || ' ' || confdeltype::text FROM pg_constraint
            WHERE contype = 'f' AND confrelid = 'score_runs'::regclass ORDER BY conname
            """);
        Assert.Empty(keys);

        var triggers = await TestSql.StringsAsync(connection, """
            SELECT name FROM (
              SELECT tgname::text AS name FROM pg_trigger
              WHERE NOT tgisinternal AND tgrelid IN ('score_runs'::regclass, 'score_run_criteria'::regclass, 'score_run_indicators'::regclass)
              UNION ALL SELECT proname::text FROM pg_proc WHERE proname LIKE 'score_run%') AS named
            ORDER BY name COLLATE "C"
            """);
        Assert.Equal(
            [
                "score_run_criteria_run_on_insert", "score_run_criteria_run_on_update", "score_run_indicators_run_on_insert",
                "score_run_indicators_run_on_update", "score_run_rows_check", "score_runs_delete_rows", "score_runs_delete_rows",
                "score_runs_keep_id", "score_runs_keep_id", "score_runs_truncate_rows", "score_runs_truncate_rows",
            ],
            triggers);

        var model = await Fixture.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(ScoreRunIndicator))!.GetForeignKeys().Select(k => k.PrincipalEntityType.ClrType).ToList()));
        Assert.Empty(model);
    }

    [Fact]
    public async Task An_orphan_row_is_refused_whichever_way_it_is_written()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        var orphan = new ScoreRunIndicator { RunId = Guid.CreateVersion7(), Code = "ZZ-01", CriterionCode = "C1", Order = 1 };
        var saved = await Assert.ThrowsAsync<DbUpdateException>(() => Fixture.WithDbAsync(db =>
        {
            db.ScoreRunIndicators.Add(orphan);
            return db.SaveChangesAsync();
        }));
        var refused = Assert.IsType<PostgresException>(saved.InnerException);
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, refused.SqlState);
        Assert.Equal("score_run_indicators_run_on_insert", refused.ConstraintName);

        // A run given rows of another run that was never written: the COPY of the rows is refused, and with it the transaction.
        var run = new ScoreRun { Id = Guid.CreateVersion7(), CycleId = data.CycleId, Year = data.Year, OrgUnitCode = "OM-MA", EditionCode = "x", EngineVersion = "x", Trigger = "x", InputHash = new string('0', 64), ComputedAt = DateTimeOffset.UtcNow };
        run.Criteria.Add(new ScoreRunCriterion { RunId = Guid.CreateVersion7(), Code = "C1", Order = 1 });
        var copied = await Assert.ThrowsAsync<PostgresException>(() => Fixture.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ScoreRunCopy.WriteAsync(db, [run], CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        }));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, copied.SqlState);
        Assert.Equal("score_run_criteria_run_on_insert", copied.ConstraintName);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.Id == run.Id)));
    }
}

using KpiTracker.Application.Data.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// Migration ScoreRunRowsForeignKeys: a run's criterion and indicator rows reference it with real foreign keys (cascading
/// deletes), known to the EF model, and none of the triggers that stood in for them is left. What the keys guarantee is held in
/// <see cref="ScoreRunRowsTests"/>.
/// </summary>
public sealed class ScoreRunForeignKeyTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_rows_reference_their_run_with_cascading_foreign_keys_and_no_trigger_is_left()
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        var keys = await TestSql.StringsAsync(connection, """
            SELECT conname::text || ' ' || conrelid::regclass::text || ' -> ' || confrelid::regclass::text || ' ' || confdeltype::text FROM pg_constraint
            WHERE contype = 'f' AND confrelid = 'score_runs'::regclass ORDER BY conname
            """);
        Assert.Equal(
            [
                "fk_score_run_criteria_score_runs_run_id score_run_criteria -> score_runs c",
                "fk_score_run_indicators_score_runs_run_id score_run_indicators -> score_runs c",
            ],
            keys);

        var triggers = await TestSql.StringsAsync(connection, """
            SELECT tgname::text FROM pg_trigger
            WHERE NOT tgisinternal AND tgrelid IN ('score_runs'::regclass, 'score_run_criteria'::regclass, 'score_run_indicators'::regclass)
            UNION ALL SELECT proname::text FROM pg_proc WHERE proname LIKE 'score_run%'
            """);
        Assert.Empty(triggers);

        var model = await Fixture.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(ScoreRunIndicator))!.GetForeignKeys().Select(k => k.PrincipalEntityType.ClrType).ToList()));
        Assert.Equal([typeof(ScoreRun)], model);
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
        Assert.Equal("fk_score_run_indicators_score_runs_run_id", refused.ConstraintName);

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
        Assert.Equal("fk_score_run_criteria_score_runs_run_id", copied.ConstraintName);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.Id == run.Id)));
    }
}

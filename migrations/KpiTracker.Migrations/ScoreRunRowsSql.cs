namespace KpiTracker.Migrations;

/// <summary>
/// Ties a score run's criterion and indicator rows to the run with statement-level triggers instead of two row-level foreign keys,
/// with the same guarantees:
/// <list type="bullet">
/// <item>a row may only be inserted (or moved by an update) for a run that exists: every statement's distinct runs are looked up
/// once and locked <c>FOR KEY SHARE</c>, as the foreign key's check does row by row, so a run cannot be deleted while rows
/// for it are being written (the delete waits, then removes them); otherwise the statement fails with SQLSTATE 23503
/// (foreign_key_violation), as before;</item>
/// <item>deleting runs deletes their rows (also when a cycle's deletion cascades to its runs), as ON DELETE CASCADE did;
/// truncating the runs truncates the rows;</item>
/// <item>a run's id cannot change while it has rows (the key's NO ACTION on update), so it cannot change at all.</item>
/// </list>
/// The foreign key cost one index lookup with a row lock per row (42 per run, 420,000 for 10,000 runs): a fifth to a quarter of
/// PostgreSQL's time in a full rescore. The trigger does one lookup per statement (through the primary key since migration
/// ScoreRunRowsCheckByKey, see <see cref="CheckByKey"/>). See docs/JOBS.md.
/// Migration ScoreRunRowsForeignKeys dropped them for the foreign keys; ScoreRunRowsStatementChecks brought them back when the
/// keys were measured to double the cost of writing the rows (docs/decisions/0008-score-run-rows-checked-per-statement.md).
/// </summary>
internal static class ScoreRunRowsSql
{
    public const string Up = CheckBySemiJoin + "\n" + """
        CREATE TRIGGER score_run_criteria_run_on_insert AFTER INSERT ON score_run_criteria
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION score_run_rows_check();
        CREATE TRIGGER score_run_criteria_run_on_update AFTER UPDATE ON score_run_criteria
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION score_run_rows_check();
        CREATE TRIGGER score_run_indicators_run_on_insert AFTER INSERT ON score_run_indicators
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION score_run_rows_check();
        CREATE TRIGGER score_run_indicators_run_on_update AFTER UPDATE ON score_run_indicators
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION score_run_rows_check();

        -- Deleting runs deletes their rows, once per statement (also for the deletes cascaded from cycles).
        CREATE FUNCTION score_runs_delete_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM score_run_criteria c USING old_rows o WHERE c.run_id = o.id;
          DELETE FROM score_run_indicators i USING old_rows o WHERE i.run_id = o.id;
          RETURN NULL;
        END $$;

        CREATE TRIGGER score_runs_delete_rows AFTER DELETE ON score_runs
          REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION score_runs_delete_rows();

        CREATE FUNCTION score_runs_truncate_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          TRUNCATE score_run_criteria, score_run_indicators;
          RETURN NULL;
        END $$;

        CREATE TRIGGER score_runs_truncate_rows AFTER TRUNCATE ON score_runs
          FOR EACH STATEMENT EXECUTE FUNCTION score_runs_truncate_rows();

        CREATE FUNCTION score_runs_keep_id() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the id of score run % cannot change', OLD.id USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME;
        END $$;

        CREATE TRIGGER score_runs_keep_id BEFORE UPDATE OF id ON score_runs
          FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION score_runs_keep_id();
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS score_runs_keep_id ON score_runs;
        DROP TRIGGER IF EXISTS score_runs_truncate_rows ON score_runs;
        DROP TRIGGER IF EXISTS score_runs_delete_rows ON score_runs;
        DROP TRIGGER IF EXISTS score_run_indicators_run_on_update ON score_run_indicators;
        DROP TRIGGER IF EXISTS score_run_indicators_run_on_insert ON score_run_indicators;
        DROP TRIGGER IF EXISTS score_run_criteria_run_on_update ON score_run_criteria;
        DROP TRIGGER IF EXISTS score_run_criteria_run_on_insert ON score_run_criteria;
        DROP FUNCTION IF EXISTS score_runs_keep_id();
        DROP FUNCTION IF EXISTS score_runs_truncate_rows();
        DROP FUNCTION IF EXISTS score_runs_delete_rows();
        DROP FUNCTION IF EXISTS score_run_rows_check();
        """;
    /// <summary>
    /// Migration ScoreRunRowsCheckByKey: the check of <see cref="Up"/> with the same guarantees, but its runs looked up through
    /// the primary key. The statement's distinct runs are gathered into one array first, and <c>id = ANY(array)</c> is an index
    /// lookup per run. The first version joined the transition table with score_runs; for a batch of 1,000 runs (35,000 rows)
    /// PostgreSQL chose a hash join that read the whole score_runs table, which keeps every run ever written, so each statement
    /// cost more as the history grew (34 ms against 11 ms with 51,000 runs kept, see docs/PERFORMANCE.md).
    /// </summary>
    public const string CheckByKey = """
        CREATE OR REPLACE FUNCTION score_run_rows_check() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          named uuid[];
          found bigint;
        BEGIN
          SELECT array_agg(run_id) INTO named FROM (SELECT DISTINCT run_id FROM new_rows) AS runs;
          SELECT count(*) INTO found FROM (SELECT 1 FROM score_runs r WHERE r.id = ANY(named) FOR KEY SHARE) AS locked;
          IF found <> coalesce(cardinality(named), 0) THEN
            RAISE EXCEPTION 'insert or update on table "%" names a score run that does not exist', TG_TABLE_NAME
              USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME, CONSTRAINT = TG_NAME;
          END IF;
          RETURN NULL;
        END $$;
        """;

    /// <summary>The check as <see cref="Up"/> created it (and the Down of ScoreRunRowsCheckByKey).</summary>
    public const string CheckBySemiJoin = """
        -- After each statement that inserts or updates rows: every run they name must exist; those runs are locked as a foreign
        -- key would lock them. One function for both tables, each statement's new rows in the transition table new_rows.
        CREATE OR REPLACE FUNCTION score_run_rows_check() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          named bigint;
          found bigint;
        BEGIN
          SELECT count(DISTINCT run_id) INTO named FROM new_rows;
          SELECT count(*) INTO found
            FROM (SELECT r.id FROM score_runs r WHERE r.id IN (SELECT run_id FROM new_rows) FOR KEY SHARE OF r) AS locked;
          IF found <> named THEN
            RAISE EXCEPTION 'insert or update on table "%" names a score run that does not exist', TG_TABLE_NAME
              USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME, CONSTRAINT = TG_NAME;
          END IF;
          RETURN NULL;
        END $$;
        """;
}

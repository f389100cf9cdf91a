-- What a row-level foreign key costs when a score run's rows are written in bulk, against the statement-level check of
-- ScoreRunRowsSql and against no check (ADR 0008). Run on any scratch database, e.g. the one `deploy/local.sh db` starts:
--   psql "host=127.0.0.1 port=$KPI_PG_PORT user=postgres dbname=postgres" -f tests/KpiTracker.Benchmarks/Scoring/foreign-key-cost.sql
-- It prints, per round, the time of inserting 420,000 rows (10,000 runs x 42) in 11 statements under each variant.
\set QUIET on
\pset tuples_only on
SET client_min_messages = warning;
CREATE TEMP TABLE ids AS SELECT gen_random_uuid() AS id, (row_number() OVER ()) / 1000 AS batch FROM generate_series(1, 10000) ORDER BY 1;
CREATE TEMP TABLE src AS SELECT i.id, i.batch, 'IND-' || g AS code, g, random() * 100 AS score FROM ids i, generate_series(1, 42) g ORDER BY 1, 2;
CREATE TEMP TABLE timings (round int, variant text, ms numeric);

CREATE FUNCTION pg_temp.fk_cost_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE named uuid[]; found bigint;
BEGIN
  SELECT array_agg(run_id) INTO named FROM (SELECT DISTINCT run_id FROM new_rows) AS runs;
  SELECT count(*) INTO found FROM (SELECT 1 FROM fk_cost_runs r WHERE r.id = ANY(named) FOR KEY SHARE) AS locked;
  IF found <> coalesce(cardinality(named), 0) THEN RAISE EXCEPTION 'missing run' USING ERRCODE = 'foreign_key_violation'; END IF;
  RETURN NULL;
END $$;

CREATE PROCEDURE pg_temp.fk_cost_round(r int, variant text) LANGUAGE plpgsql AS $$
DECLARE started timestamptz; b int;
BEGIN
  DROP TABLE IF EXISTS fk_cost_rows, fk_cost_runs;
  CREATE TABLE fk_cost_runs (id uuid PRIMARY KEY);
  CREATE TABLE fk_cost_rows (run_id uuid NOT NULL, code varchar(20) NOT NULL, ord int, score numeric, light varchar(10),
    counted bool, PRIMARY KEY (run_id, code));
  IF variant = 'foreign key' THEN
    ALTER TABLE fk_cost_rows ADD FOREIGN KEY (run_id) REFERENCES fk_cost_runs (id) ON DELETE CASCADE;
  ELSIF variant = 'statement check' THEN
    CREATE TRIGGER fk_cost_rows_check AFTER INSERT ON fk_cost_rows REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.fk_cost_check();
  END IF;
  INSERT INTO fk_cost_runs SELECT id FROM ids;
  started := clock_timestamp();
  FOR b IN 0..10 LOOP
    INSERT INTO fk_cost_rows SELECT id, code, g, score, 'green', true FROM src WHERE batch = b;
  END LOOP;
  INSERT INTO timings VALUES (r, variant, round(extract(epoch FROM clock_timestamp() - started) * 1000));
  DROP TABLE fk_cost_rows, fk_cost_runs;
END $$;

CALL pg_temp.fk_cost_round(1, 'foreign key'); CALL pg_temp.fk_cost_round(1, 'statement check'); CALL pg_temp.fk_cost_round(1, 'none');
CALL pg_temp.fk_cost_round(2, 'foreign key'); CALL pg_temp.fk_cost_round(2, 'statement check'); CALL pg_temp.fk_cost_round(2, 'none');
CALL pg_temp.fk_cost_round(3, 'foreign key'); CALL pg_temp.fk_cost_round(3, 'statement check'); CALL pg_temp.fk_cost_round(3, 'none');
SELECT format('round %s  %-16s %8s ms', round, variant, ms) FROM timings ORDER BY round, variant;

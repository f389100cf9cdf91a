namespace KpiTracker.Migrations;

/// <summary>
/// SQL that EF cannot express: the audit log's hash chain and append-only guard, and the application role
/// <c>kpi_app</c>, which may read and write data but never change or delete an audit record.
/// </summary>
internal static class AccessSql
{
    public const string AppRole = "kpi_app";

    public const string Up = """
        -- The hash of one audit record over every field, in a fixed order with a separator no field contains.
        CREATE FUNCTION audit_row_hash(r audit_log) RETURNS text LANGUAGE sql STABLE AS $$
          SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
            r.seq::text,
            to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
            coalesce(r.user_id::text, ''), coalesce(r.user_name, ''), coalesce(r.role, ''),
            r.action, r.entity, coalesce(r.entity_key, ''),
            coalesce(r.old_values::text, ''), coalesce(r.new_values::text, ''), coalesce(r.reason, ''),
            coalesce(r.client_address, ''), coalesce(r.correlation_id, ''), coalesce(r.prev_hash, '')), 'UTF8')), 'hex')
        $$;

        -- Chains each new record to the last committed one. The advisory lock is held to commit, so the
        -- sequence and the chain follow commit order even when several transactions write at once.
        CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE last_seq bigint; last_hash text;
        BEGIN
          PERFORM pg_advisory_xact_lock(734500100);
          SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
          NEW.seq := coalesce(last_seq, 0) + 1;
          NEW.prev_hash := last_hash;
          NEW.hash := audit_row_hash(NEW);
          RETURN NEW;
        END $$;

        CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$;

        CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

        -- The application's role. Created without login when missing; the deployment gives it a password.
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kpi_app') THEN CREATE ROLE kpi_app NOLOGIN; END IF;
        EXCEPTION WHEN duplicate_object THEN NULL;
        END $$;
        GRANT USAGE ON SCHEMA public TO kpi_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kpi_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kpi_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kpi_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO kpi_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM kpi_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
        REVOKE ALL ON "__EFMigrationsHistory" FROM kpi_app;
        GRANT SELECT ON "__EFMigrationsHistory" TO kpi_app;
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
        DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
        DROP TRIGGER IF EXISTS audit_log_chain ON audit_log;
        DROP FUNCTION IF EXISTS audit_log_refuse_change();
        DROP FUNCTION IF EXISTS audit_log_chain();
        DROP FUNCTION IF EXISTS audit_row_hash(audit_log);
        """;
}

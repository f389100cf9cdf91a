namespace KpiTracker.Migrations;

/// <summary>
/// The audit chain as of migration AuditSignatures: the insert trigger sets the record's time itself (the database's clock)
/// and refuses a sequence, time or hash from the caller; the hash also covers the application's signature (signing time,
/// nonce, key id, MAC) when the record has one, so records written before keep their hashes. Records up to
/// <c>audit_unsigned_until()</c> were written before signatures existed; the function is fixed here, owned by the schema
/// owner, so the application's role cannot move the boundary.
/// </summary>
internal static class AuditSignatureSql
{
    public const string Up = """
        DO $$ BEGIN
          EXECUTE format('CREATE FUNCTION audit_unsigned_until() RETURNS bigint LANGUAGE sql IMMUTABLE AS %L',
            'SELECT ' || (SELECT coalesce(max(seq), 0) FROM audit_log)::text || '::bigint');
        END $$;

        CREATE OR REPLACE FUNCTION audit_row_hash(r audit_log) RETURNS text LANGUAGE sql STABLE AS $$
          SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
            r.seq::text,
            to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
            coalesce(r.user_id::text, ''), coalesce(r.user_name, ''), coalesce(r.role, ''),
            r.action, r.entity, coalesce(r.entity_key, ''),
            coalesce(r.old_values::text, ''), coalesce(r.new_values::text, ''), coalesce(r.reason, ''),
            coalesce(r.client_address, ''), coalesce(r.correlation_id, ''), coalesce(r.prev_hash, ''),
            CASE WHEN r.mac IS NOT NULL THEN concat_ws(E'\x1e',
              to_char(r.signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
              coalesce(r.mac_nonce::text, ''), coalesce(r.mac_key, ''), r.mac) END), 'UTF8')), 'hex')
        $$;

        CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE last_seq bigint; last_hash text;
        BEGIN
          IF NEW.seq IS NOT NULL OR NEW.at IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
            RAISE EXCEPTION 'audit_log: seq, at, prev_hash and hash are set by the database, never by the caller'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          NEW.at := clock_timestamp();
          PERFORM pg_advisory_xact_lock(734500100);
          SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
          NEW.seq := coalesce(last_seq, 0) + 1;
          NEW.prev_hash := last_hash;
          NEW.hash := audit_row_hash(NEW);
          RETURN NEW;
        END $$;
        """;

    public const string Down = """
        CREATE OR REPLACE FUNCTION audit_row_hash(r audit_log) RETURNS text LANGUAGE sql STABLE AS $$
          SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
            r.seq::text,
            to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
            coalesce(r.user_id::text, ''), coalesce(r.user_name, ''), coalesce(r.role, ''),
            r.action, r.entity, coalesce(r.entity_key, ''),
            coalesce(r.old_values::text, ''), coalesce(r.new_values::text, ''), coalesce(r.reason, ''),
            coalesce(r.client_address, ''), coalesce(r.correlation_id, ''), coalesce(r.prev_hash, '')), 'UTF8')), 'hex')
        $$;

        CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE last_seq bigint; last_hash text;
        BEGIN
          PERFORM pg_advisory_xact_lock(734500100);
          SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
          NEW.seq := coalesce(last_seq, 0) + 1;
          NEW.prev_hash := last_hash;
          NEW.hash := audit_row_hash(NEW);
          RETURN NEW;
        END $$;

        DROP FUNCTION IF EXISTS audit_unsigned_until();
        """;
}

#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data volume (docker-entrypoint-initdb.d).
# Creates the login role the application connects as. The schema owner (POSTGRES_USER) runs the migrations,
# which grant kpi_app read and write on the tables but never the right to change or delete audit records.
set -eu
: "${KPI_APP_DB_PASSWORD:?set KPI_APP_DB_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=app_password="$KPI_APP_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE kpi_app LOGIN PASSWORD %L', :'app_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kpi_app')
\gexec
SQL

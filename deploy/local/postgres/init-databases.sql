-- The platform's databases, one per service (see databaseNameFor in libs/config). Idempotent:
-- run with psql (uses \gexec). Mounted into /docker-entrypoint-initdb.d by docker-compose.yml;
-- deploy/local/infra.sh creates the same list (PG_DATABASES) on the local or an existing server.
SELECT format('CREATE DATABASE %I', name)
FROM unnest(ARRAY['aeo_applications', 'aeo_validation', 'aeo_risk_management', 'aeo_mra', 'aeo_notifications', 'aeo_programme', 'aeo_operations']) AS name
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = name)
\gexec

-- The platform's database roles, once per cluster (idempotent; run as a superuser).
SET client_min_messages = warning;
--   cp_audit_owner  NOLOGIN: owns the audit schema and table; the only role that may purge old entries.
--   cp_app          LOGIN, not a superuser: what the services connect as. Owns the services' own schemas,
--                   may only INSERT and SELECT audit entries (see audit.sql).
-- Set cp_app's password separately (ALTER ROLE cp_app PASSWORD …): the scripts keep it under .local/.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cp_audit_owner') THEN
        CREATE ROLE cp_audit_owner NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- another session created it at the same moment
END $$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cp_app') THEN
        CREATE ROLE cp_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END $$;

-- The append-only audit log of one database (idempotent; run as a superuser after roles.sql, or after creating
-- cp_audit_owner).
SET client_min_messages = warning;
-- The services' role may INSERT and SELECT; UPDATE, DELETE and TRUNCATE are denied because the table belongs to
-- cp_audit_owner and nothing grants them. Purging entries past the retention period is done as cp_audit_owner.
-- The services' role is cp_app (one role for every service: the local platform, docker-compose, the tests) unless the
-- setting cp.app_role names another: in Kubernetes each service's database has its own role, and the audit-log Job
-- runs this with PGOPTIONS='-c cp.app_role=<service>'.
SELECT set_config('cp.app_role', coalesce(nullif(current_setting('cp.app_role', true), ''), 'cp_app'), false);
DO $$
BEGIN
    -- The services create their own schemas at start.
    EXECUTE format('GRANT CONNECT, CREATE, TEMPORARY ON DATABASE %I TO %I', current_database(), current_setting('cp.app_role'));
END $$;

CREATE SCHEMA IF NOT EXISTS audit AUTHORIZATION cp_audit_owner;
ALTER SCHEMA audit OWNER TO cp_audit_owner;

CREATE TABLE IF NOT EXISTS audit.entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL,
    service text NOT NULL,
    actor text NOT NULL,
    department text NOT NULL,
    role text NOT NULL,
    region text NOT NULL,
    action text NOT NULL,
    child_id uuid NULL,
    purpose text NULL CHECK (length(purpose) <= 200),
    outcome text NOT NULL CHECK (outcome IN ('success', 'denied', 'failed')),
    status integer NOT NULL,
    detail text NULL,
    correlation_id text NOT NULL);
ALTER TABLE audit.entries OWNER TO cp_audit_owner;
CREATE INDEX IF NOT EXISTS entries_child ON audit.entries (child_id, at);
CREATE INDEX IF NOT EXISTS entries_service_at ON audit.entries (service, at);

REVOKE ALL ON SCHEMA audit FROM PUBLIC;
REVOKE ALL ON audit.entries FROM PUBLIC;
DO $$
DECLARE app text := current_setting('cp.app_role');
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA audit TO %I', app);
    EXECUTE format('REVOKE ALL ON audit.entries FROM %I', app);
    EXECUTE format('GRANT INSERT, SELECT ON audit.entries TO %I', app);
END $$;

-- A database provisioned before cp_app existed has the services' schemas owned by the superuser: hand them over, so
-- the services keep creating and altering their own tables as their role. Only the seven services' schemas: tests of the
-- infrastructure create schemas of their own in the same database and drop them as they go.
DO $$
DECLARE s record; o record; app text := current_setting('cp.app_role');
BEGIN
    FOR s IN SELECT n.nspname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
             WHERE r.rolsuper
               AND n.nspname IN ('registry', 'visits', 'reporting', 'police', 'procuratorate', 'court', 'relief') LOOP
        EXECUTE format('ALTER SCHEMA %I OWNER TO %I', s.nspname, app);
        FOR o IN SELECT c.relname, c.relkind FROM pg_class c
                 WHERE c.relnamespace = s.nspname::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S') LOOP
            EXECUTE format('ALTER %s %I.%I OWNER TO %I',
                CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                s.nspname, o.relname, app);
        END LOOP;
        FOR o IN SELECT p.oid::regprocedure AS sig, p.prokind FROM pg_proc p WHERE p.pronamespace = s.nspname::regnamespace LOOP
            EXECUTE format('ALTER %s %s OWNER TO %I', CASE o.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, o.sig, app);
        END LOOP;
    END LOOP;
END $$;

/* @name InsertProgrammeVersion */
INSERT INTO programme_versions (version, document) VALUES (:version!, :document!::text::jsonb) ON CONFLICT (version) DO NOTHING;

/* @name FindProgrammeVersion */
SELECT version, document FROM programme_versions WHERE (:version::int IS NULL OR version = :version) ORDER BY version DESC LIMIT 1;

/* @name InsertInitialProgramme */
INSERT INTO programme_versions (version, document, note, published_by) VALUES (1, :document!::jsonb, 'initial programme (defaults)', 'system:bootstrap')
ON CONFLICT (version) DO NOTHING RETURNING version;

/* @name FindCurrentProgrammeVersion */
SELECT max(version) AS version FROM programme_versions;

/* @name FindProgrammeVersion */
SELECT version, document, note, published_by, published_at FROM programme_versions WHERE version = :version!;

/* @name LockProgrammeVersions */
LOCK TABLE programme_versions IN EXCLUSIVE MODE;

/* @name NextProgrammeVersion */
SELECT coalesce(max(version), 0) + 1 AS "next!" FROM programme_versions;

/* @name InsertProgrammeVersion */
INSERT INTO programme_versions (version, document, note, published_by) VALUES (:version!, :document!::jsonb, :note, :publishedBy!);

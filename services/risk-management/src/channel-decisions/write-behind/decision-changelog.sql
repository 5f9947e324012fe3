/* @name LockChangelogPosition */
-- The write-behind's position on a changelog partition (created at 0), its row locked until the
-- transaction ends: the records below it are stored.
INSERT INTO decision_changelog_positions (topic, partition, next_offset) VALUES (:topic!, :partition!, 0)
ON CONFLICT (topic, partition) DO UPDATE SET updated_at = decision_changelog_positions.updated_at
RETURNING next_offset AS "next_offset!";

/* @name StoreChangelogPosition */
UPDATE decision_changelog_positions
SET next_offset = :nextOffset!, sequence_up_to = GREATEST(sequence_up_to, :sequenceUpTo::bigint), updated_at = now()
WHERE topic = :topic! AND partition = :partition!;

/* @name FindChangelogPosition */
SELECT next_offset, sequence_up_to FROM decision_changelog_positions WHERE topic = :topic! AND partition = :partition!;

/* @name FindStoredDeclarations */
-- Which of these declarations have a decision stored already.
SELECT declaration_id FROM channel_decisions WHERE declaration_id = ANY(:declarationIds!::text[]);

/* @name FindChangelogPositions */
-- Where the write-behind stands on several partitions of a changelog (those it stored anything of).
SELECT partition, next_offset, sequence_up_to FROM decision_changelog_positions
WHERE topic = :topic! AND partition = ANY(:partitions!::int[]);

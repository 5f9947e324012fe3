/* @name ListInbox */
SELECT n.id, n.source_event_type, n.template, n.language, n.subject, n.body, n.created_at, r.read_at AS "read_at?"
  FROM notifications n LEFT JOIN inbox_reads r ON r.notification_id = n.id AND r.reader = :reader!
 WHERE n.channel = 'in-app' AND n.recipient = ANY (:mailboxes!::text[]) AND (:unreadOnly!::boolean IS NOT TRUE OR r.read_at IS NULL)
 ORDER BY n.created_at DESC, n.id LIMIT :limit!::int;

/* @name CountUnread */
SELECT count(*)::int AS "unread!" FROM notifications n
 WHERE n.channel = 'in-app' AND n.recipient = ANY (:mailboxes!::text[])
   AND NOT EXISTS (SELECT 1 FROM inbox_reads r WHERE r.notification_id = n.id AND r.reader = :reader!);

/* @name FindInInbox */
SELECT id FROM notifications WHERE id = :id! AND channel = 'in-app' AND recipient = ANY (:mailboxes!::text[]);

/* @name MarkRead */
INSERT INTO inbox_reads (notification_id, reader) VALUES (:id!, :reader!) ON CONFLICT DO NOTHING;

/* @name InsertInformationRequest */
INSERT INTO information_requests (id, application_id, questions, requested_by, due_by) VALUES (:id!, :applicationId!, :questions!, :requestedBy!, :dueBy!)
RETURNING id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at;

/* @name LockInformationRequest */
SELECT id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at
FROM information_requests WHERE id = :id! AND application_id = :applicationId! FOR UPDATE;

/* @name RecordInformationReply */
UPDATE information_requests SET response = :response!, responded_by = :respondedBy!, responded_at = now() WHERE id = :id!
RETURNING id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at;

/* @name ListInformationRequests */
SELECT id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at
FROM information_requests WHERE application_id = :applicationId! ORDER BY requested_at;

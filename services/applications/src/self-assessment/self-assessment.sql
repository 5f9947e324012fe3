/* @name SaveAnswers */
INSERT INTO application_answers (application_id, question_id, value, comment, answered_by)
SELECT :applicationId!, q, v, c, :answeredBy! FROM unnest(:questionIds!::text[], :values!::text[], :comments!::text[]) AS x(q, v, c)
ON CONFLICT (application_id, question_id) DO UPDATE SET value = EXCLUDED.value, comment = EXCLUDED.comment, answered_by = EXCLUDED.answered_by, answered_at = now();

/* @name ListAnswers */
SELECT question_id, value, comment, answered_by, answered_at FROM application_answers WHERE application_id = :applicationId! ORDER BY question_id;

/* @name ListAnsweredQuestions */
SELECT question_id FROM application_answers WHERE application_id = :applicationId!;

/* @name ListEvidencedQuestions */
SELECT DISTINCT question_id FROM application_documents WHERE application_id = :applicationId!;

/* @name InsertDocument */
INSERT INTO application_documents (id, application_id, question_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
VALUES (:id!, :applicationId!, :questionId!, :fileName!, :contentType!, :sizeBytes!, :sha256!, :content!, :uploadedBy!);

/* @name ListDocuments */
SELECT id, question_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at FROM application_documents WHERE application_id = :applicationId! ORDER BY uploaded_at;

/* @name FindDocumentContent */
SELECT file_name, content_type, sha256, content FROM application_documents WHERE application_id = :applicationId! AND id = :id!;

/* @name DeleteDocument */
DELETE FROM application_documents WHERE application_id = :applicationId! AND id = :id! RETURNING question_id, file_name, sha256;

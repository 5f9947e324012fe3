/* @name InsertChecklistItems */
INSERT INTO checklist_items (case_id, question_id, section_id, position, text_en, text_mn)
SELECT :caseId!::uuid, q, s, n, en, mn FROM unnest(:questionIds!::text[], :sectionIds!::text[], :textsEn!::text[], :textsMn!::text[]) WITH ORDINALITY AS x(q, s, en, mn, n);

/* @name ListChecklist */
SELECT question_id, section_id, text_en, text_mn, finding, notes, evidence, recorded_by, recorded_at FROM checklist_items WHERE case_id = :caseId! ORDER BY position;

/* @name FindChecklistItem */
SELECT text_en, text_mn FROM checklist_items WHERE case_id = :caseId! AND question_id = :questionId!;

/* @name RecordFinding */
UPDATE checklist_items SET finding = :finding!, notes = :notes!, evidence = :evidence!::text::jsonb, recorded_by = :recordedBy!, recorded_at = now() WHERE case_id = :caseId! AND question_id = :questionId!;

/* @name InsertSiteVisit */
INSERT INTO site_visits (id, case_id, scheduled_for, validator, scheduled_by, place) VALUES (:id!, :caseId!, :scheduledFor!, :validator!, :scheduledBy!, :place);

/* @name LockSiteVisit */
SELECT scheduled_for, place, completed_at, scheduled_for > now() AS "upcoming!" FROM site_visits WHERE id = :id! AND case_id = :caseId! FOR UPDATE;

/* @name CompleteSiteVisit */
UPDATE site_visits SET completed_at = now(), notes = :notes! WHERE id = :id!;

/* @name ListSiteVisits */
SELECT id, scheduled_for, place, validator, completed_at, notes FROM site_visits WHERE case_id = :caseId! ORDER BY scheduled_for;

/* @name ListCompletedSiteVisits */
SELECT id, scheduled_for, place, completed_at AS "completed_at!" FROM site_visits WHERE case_id = :caseId! AND completed_at IS NOT NULL ORDER BY scheduled_for;

/* @name InsertCorrectiveAction */
INSERT INTO corrective_actions (id, case_id, question_id, description, due_by, requested_by) VALUES (:id!, :caseId!, :questionId!, :description!, :dueBy!, :requestedBy!);

/* @name LockCorrectiveAction */
SELECT a.responded_at, a.due_by, a.question_id, a.requested_by, i.text_en AS "text_en?", i.text_mn AS "text_mn?"
FROM corrective_actions a LEFT JOIN checklist_items i ON i.case_id = a.case_id AND i.question_id = a.question_id
WHERE a.id = :id! AND a.case_id = :caseId! FOR UPDATE OF a;

/* @name AnswerCorrectiveAction */
UPDATE corrective_actions SET response = :response!, responded_by = :respondedBy!, responded_at = :respondedAt! WHERE id = :id!;

/* @name ListCorrectiveActions */
SELECT id, question_id, description, due_by, requested_by, response, responded_at FROM corrective_actions WHERE case_id = :caseId! ORDER BY requested_at;

/* @name ListUnansweredCorrectiveActions */
SELECT id FROM corrective_actions WHERE case_id = :caseId! AND responded_at IS NULL;

/* @name FindPilotForEvaluation */
SELECT id, code, title, status FROM pilots WHERE id = :pilotId!;

/* @name InsertQuestionnaire */
INSERT INTO pilot_questionnaires (id, pilot_id, audience, title_mn, title_en, created_by)
VALUES (:id!, :pilotId!, :audience!, :titleMn!, :titleEn!, :createdBy!)
RETURNING *;

/* @name InsertQuestion */
INSERT INTO pilot_questions (questionnaire_id, question_id, position, kind, text_mn, text_en, required)
VALUES (:questionnaireId!, :questionId!, :position!, :kind!, :textMn!, :textEn!, :required!);

/* @name ListQuestionnaires */
SELECT * FROM pilot_questionnaires WHERE pilot_id = :pilotId! ORDER BY created_at, id;

/* @name FindQuestionnaire */
SELECT * FROM pilot_questionnaires WHERE pilot_id = :pilotId! AND id = :questionnaireId!;

/* @name LockQuestionnaire */
SELECT * FROM pilot_questionnaires WHERE pilot_id = :pilotId! AND id = :questionnaireId! FOR UPDATE;

/* @name ListQuestions */
SELECT questionnaire_id, question_id, position, kind, text_mn, text_en, required
FROM pilot_questions
WHERE questionnaire_id = ANY (:questionnaireIds!::uuid[])
ORDER BY questionnaire_id, position;

/* @name OpenQuestionnaire */
UPDATE pilot_questionnaires
SET status = 'open', closes_at = :closesAt!, opened_by = :by!, opened_at = now(), version = version + 1
WHERE id = :questionnaireId! AND status = 'draft'
RETURNING *;

/* @name CloseQuestionnaire */
UPDATE pilot_questionnaires
SET status = 'closed', closed_by = :by!, closed_at = now(), close_reason = :reason, version = version + 1
WHERE id = :questionnaireId! AND status = 'open'
RETURNING *;

/* @name InsertResponse */
INSERT INTO pilot_questionnaire_responses (id, questionnaire_id, respondent, answered_by)
VALUES (:id!, :questionnaireId!, :respondent!, :answeredBy!)
ON CONFLICT (questionnaire_id, respondent) DO NOTHING
RETURNING id, questionnaire_id, respondent, answered_by, answered_at;

/* @name FindResponse */
SELECT id, questionnaire_id, respondent, answered_by, answered_at
FROM pilot_questionnaire_responses
WHERE questionnaire_id = :questionnaireId! AND respondent = :respondent!;

/* @name InsertAnswer */
INSERT INTO pilot_questionnaire_answers (response_id, questionnaire_id, question_id, scale, yes_no, free_text)
VALUES (:responseId!, :questionnaireId!, :questionId!, :scale, :yesNo, :freeText);

/* @name CountResponses */
SELECT questionnaire_id, count(*)::int AS responses
FROM pilot_questionnaire_responses
WHERE questionnaire_id = ANY (:questionnaireIds!::uuid[])
GROUP BY questionnaire_id;

/* @name ListAnswers */
SELECT a.questionnaire_id, a.question_id, a.scale, a.yes_no, a.free_text, r.answered_at
FROM pilot_questionnaire_answers a
JOIN pilot_questionnaire_responses r ON r.id = a.response_id
WHERE a.questionnaire_id = ANY (:questionnaireIds!::uuid[])
ORDER BY a.questionnaire_id, a.question_id, r.answered_at, r.id;

/* @name ListAnswersOfResponse */
SELECT question_id, scale, yes_no, free_text FROM pilot_questionnaire_answers WHERE response_id = :responseId!;

/* @name FindQuestionsOfPilot */
SELECT q.questionnaire_id, q.question_id
FROM pilot_questions q
JOIN pilot_questionnaires qn ON qn.id = q.questionnaire_id
WHERE qn.pilot_id = :pilotId!;

/* @name FindMilestonesOfPilot */
SELECT id FROM pilot_milestones WHERE pilot_id = :pilotId! AND id = ANY (:milestoneIds!::uuid[]);

/* @name InsertLesson */
INSERT INTO pilot_lessons (id, pilot_id, category, lesson, recommendation, question_refs, milestone_ids, recorded_by)
VALUES (:id!, :pilotId!, :category!, :lesson!, :recommendation!, :questionRefs!, :milestoneIds!, :recordedBy!)
RETURNING id, pilot_id, category, lesson, recommendation, question_refs, milestone_ids, recorded_by, recorded_at;

/* @name ListLessons */
SELECT id, pilot_id, category, lesson, recommendation, question_refs, milestone_ids, recorded_by, recorded_at
FROM pilot_lessons
WHERE pilot_id = :pilotId!
ORDER BY seq;

/* @name ListAcceptedCompanies */
SELECT taxpayer_id, operator_id, region
FROM pilot_participants
WHERE pilot_id = :pilotId! AND stage = 'accepted'
ORDER BY taxpayer_id;

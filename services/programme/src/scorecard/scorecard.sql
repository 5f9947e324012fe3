/* @name LockStandard */
SELECT pg_advisory_xact_lock(hashtext('programme-scorecard:' || :standardId!::text)) AS locked;

/* @name InsertAssessment */
INSERT INTO scorecard_assessments (id, principle_id, standard_id, status, note, evidence, assessed_by)
VALUES (:id!, :principleId!, :standardId!, :status!, :note!, :evidence!, :assessedBy!)
RETURNING id, seq, principle_id, standard_id, status, note, evidence, assessed_by, assessed_at;

/* @name LatestAssessments */
SELECT DISTINCT ON (standard_id) id, seq, principle_id, standard_id, status, note, evidence, assessed_by, assessed_at
FROM scorecard_assessments
ORDER BY standard_id, seq DESC;

/* @name StandardHistory */
SELECT id, seq, principle_id, standard_id, status, note, evidence, assessed_by, assessed_at
FROM scorecard_assessments
WHERE standard_id = :standardId!
ORDER BY seq DESC;

/* @name InsertProgrammePublication */
INSERT INTO scorecard_programme_publications (event_id, version, published_by, published_at, status_types, sections,
  criteria)
VALUES (:eventId!, :version!, :publishedBy!, :publishedAt!, :statusTypes!, :sections!, :criteria!)
ON CONFLICT (event_id) DO NOTHING;

/* @name PublishedVersions */
SELECT DISTINCT ON (version) event_id, version, published_by, published_at, status_types, sections, criteria
FROM scorecard_programme_publications
ORDER BY version DESC, published_at, event_id
LIMIT :limit!;

/* @name InsertMraPhaseChange */
INSERT INTO scorecard_mra_phase_changes (event_id, arrangement_id, partner_country, partner_administration, title,
  from_phase, to_phase, at)
VALUES (:eventId!, :arrangementId!, :partnerCountry!, :partnerAdministration!, :title!, :fromPhase, :toPhase!, :at!)
ON CONFLICT (event_id) DO NOTHING;

/* @name ArrangementPhases */
SELECT DISTINCT ON (arrangement_id) event_id, arrangement_id, partner_country, partner_administration, title,
  to_phase AS phase, at AS since
FROM scorecard_mra_phase_changes
ORDER BY arrangement_id, at DESC, (from_phase IS NULL), event_id DESC;

/* @name GrantedBenefits */
SELECT benefit, count(*)::int AS declarations, max(f.decided_at) AS last_applied_at
FROM declaration_benefit_facts f, unnest(f.benefits) AS benefit
WHERE f.lodged_at >= :since! AND benefit LIKE 'aeo-%'
GROUP BY benefit
ORDER BY benefit;

/* @name SaveOperatorRecipient */
-- An event without the operator's name (aeo.operator.updated.v1) keeps the one learnt before.
INSERT INTO operator_recipients (operator_id, taxpayer_id, email, language, region, operator_name) VALUES (:operatorId!, :taxpayerId!, :email!, :language!, :region!, :operatorName)
ON CONFLICT (operator_id) DO UPDATE SET taxpayer_id = EXCLUDED.taxpayer_id, email = EXCLUDED.email, language = EXCLUDED.language,
  region = EXCLUDED.region, operator_name = COALESCE(EXCLUDED.operator_name, operator_recipients.operator_name), updated_at = now();

/* @name SaveCaseValidator */
INSERT INTO case_validators (case_id, validator_sub) VALUES (:caseId!, :validatorSub!) ON CONFLICT (case_id) DO UPDATE SET validator_sub = EXCLUDED.validator_sub, updated_at = now();

/* @name FindCaseValidator */
SELECT validator_sub FROM case_validators WHERE case_id = :caseId!;

/* @name FindOperatorRecipient */
SELECT taxpayer_id, email, language, region, operator_name FROM operator_recipients
 WHERE (:operatorId::uuid IS NOT NULL AND operator_id = :operatorId::uuid) OR (:operatorId::uuid IS NULL AND taxpayer_id = :taxpayerId)
 ORDER BY updated_at DESC LIMIT 1;

/* @name FindOperatorRegion */
SELECT region FROM operator_recipients WHERE taxpayer_id = :taxpayerId! ORDER BY updated_at DESC LIMIT 1;

/* @name FindActiveStaffAddress */
SELECT sub, email, language FROM staff_contacts WHERE sub = :sub! AND active;

/* @name ListActiveStaffAddresses */
SELECT sub, email, language FROM staff_contacts WHERE active AND :role!::text = ANY (roles) AND (:region::text IS NULL OR region = :region OR region IS NULL) ORDER BY sub;

/* @name FindAssignedContactOfficerAddress */
SELECT s.sub, s.email, s.language FROM operator_contact_officers a
  JOIN staff_contacts s ON s.sub = a.officer_sub AND s.active AND 'contact-officer' = ANY (s.roles) AND (s.region IS NULL OR s.region = :region!)
 WHERE a.taxpayer_id = :taxpayerId!;

/* @name ListStaffContacts */
SELECT sub, name, email, language, roles, region, active, updated_by, updated_at FROM staff_contacts
 WHERE (:role::text IS NULL OR :role = ANY (roles)) AND (:region::text IS NULL OR region = :region) ORDER BY region NULLS FIRST, sub LIMIT 1000;

/* @name FindStaffContact */
SELECT sub, name, email, language, roles, region, active, updated_by, updated_at FROM staff_contacts WHERE sub = :sub!;

/* @name LockStaffContact */
SELECT sub, name, email, language, roles, region, active, updated_by, updated_at FROM staff_contacts WHERE sub = :sub! AND (active OR NOT :activeOnly!::boolean) FOR UPDATE;

/* @name SaveStaffContact */
INSERT INTO staff_contacts (sub, name, email, language, roles, region, active, updated_by) VALUES (:sub!, :name!, :email, :language!, :roles!, :region, true, :updatedBy!)
ON CONFLICT (sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, language = EXCLUDED.language, roles = EXCLUDED.roles,
  region = EXCLUDED.region, active = true, updated_by = EXCLUDED.updated_by, updated_at = now()
RETURNING sub, name, email, language, roles, region, active, updated_by, updated_at;

/* @name DeactivateStaffContact */
UPDATE staff_contacts SET active = false, updated_by = :updatedBy!, updated_at = now() WHERE sub = :sub!;

/* @name ListContactOfficerAssignments */
SELECT a.taxpayer_id, a.officer_sub, s.name AS officer_name, s.region, a.assigned_by, a.assigned_at
  FROM operator_contact_officers a JOIN staff_contacts s ON s.sub = a.officer_sub
 WHERE :region::text IS NULL OR s.region = :region ORDER BY a.taxpayer_id LIMIT 5000;

/* @name LockContactOfficerAssignment */
SELECT a.taxpayer_id, a.officer_sub, s.name AS officer_name, s.region, a.assigned_by, a.assigned_at
  FROM operator_contact_officers a JOIN staff_contacts s ON s.sub = a.officer_sub
 WHERE a.taxpayer_id = :taxpayerId! FOR UPDATE OF a;

/* @name SaveContactOfficerAssignment */
INSERT INTO operator_contact_officers (taxpayer_id, officer_sub, assigned_by) VALUES (:taxpayerId!, :officerSub!, :assignedBy!)
ON CONFLICT (taxpayer_id) DO UPDATE SET officer_sub = EXCLUDED.officer_sub, assigned_by = EXCLUDED.assigned_by, assigned_at = now();

/* @name DeleteContactOfficerAssignment */
DELETE FROM operator_contact_officers WHERE taxpayer_id = :taxpayerId!;

/* @name SavePilotCompany */
INSERT INTO pilot_companies (pilot_id, taxpayer_id, region) VALUES (:pilotId!, :taxpayerId!, :region!)
ON CONFLICT (pilot_id, taxpayer_id) DO UPDATE SET region = EXCLUDED.region, withdrawn_at = NULL, updated_at = now();

/* @name LockPilotCompany */
SELECT pilot_id, taxpayer_id, region, pilot_officer_sub, had_previous, previous_officer_sub, previous_assigned_by, previous_assigned_at, withdrawn_at
  FROM pilot_companies WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! FOR UPDATE;

/* @name SavePilotOfficer */
INSERT INTO pilot_companies (pilot_id, taxpayer_id, region, pilot_officer_sub, had_previous, previous_officer_sub, previous_assigned_by, previous_assigned_at)
VALUES (:pilotId!, :taxpayerId!, :region!, :officerSub!, :hadPrevious!, :previousOfficerSub, :previousAssignedBy, :previousAssignedAt)
ON CONFLICT (pilot_id, taxpayer_id) DO UPDATE SET pilot_officer_sub = EXCLUDED.pilot_officer_sub, updated_at = now(),
  -- The assignment the pilot replaced is the one before its first officer, never the pilot's own.
  had_previous = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.had_previous ELSE pilot_companies.had_previous END,
  previous_officer_sub = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.previous_officer_sub ELSE pilot_companies.previous_officer_sub END,
  previous_assigned_by = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.previous_assigned_by ELSE pilot_companies.previous_assigned_by END,
  previous_assigned_at = CASE WHEN pilot_companies.pilot_officer_sub IS NULL THEN EXCLUDED.previous_assigned_at ELSE pilot_companies.previous_assigned_at END;

/* @name MarkPilotCompanyWithdrawn */
UPDATE pilot_companies SET withdrawn_at = :withdrawnAt!, updated_at = now() WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!;

/* @name RestoreContactOfficerAssignment */
INSERT INTO operator_contact_officers (taxpayer_id, officer_sub, assigned_by, assigned_at) VALUES (:taxpayerId!, :officerSub!, :assignedBy!, :assignedAt!)
ON CONFLICT (taxpayer_id) DO UPDATE SET officer_sub = EXCLUDED.officer_sub, assigned_by = EXCLUDED.assigned_by, assigned_at = EXCLUDED.assigned_at;

/* @name ListPilotCompanyRecipients */
SELECT c.taxpayer_id, o.email, COALESCE(o.language, 'mn') AS language
  FROM pilot_companies c
  LEFT JOIN LATERAL (SELECT email, language FROM operator_recipients r WHERE r.taxpayer_id = c.taxpayer_id ORDER BY updated_at DESC LIMIT 1) o ON true
 WHERE c.pilot_id = :pilotId! AND c.withdrawn_at IS NULL ORDER BY c.taxpayer_id;

/* @name ListPilotOfficerAddresses */
SELECT DISTINCT s.sub, s.email, s.language FROM pilot_companies c
  JOIN staff_contacts s ON s.sub = c.pilot_officer_sub AND s.active
 WHERE c.pilot_id = :pilotId!
   AND (:taxpayerId::text IS NULL AND c.withdrawn_at IS NULL OR c.taxpayer_id = :taxpayerId)
 ORDER BY s.sub;

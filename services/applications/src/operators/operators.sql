/* @name FindOperator */
SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
FROM operators WHERE id = :id!;

/* @name FindOperatorByTaxpayer */
SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
FROM operators WHERE taxpayer_id = :taxpayerId!;

/* @name ListOperators */
SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
FROM operators
WHERE (:taxpayerId::text IS NULL OR taxpayer_id = :taxpayerId) AND (:region::text IS NULL OR region = :region)
ORDER BY name LIMIT 500;

/* @name InsertOperator */
INSERT INTO operators (id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact)
VALUES (:id!, :taxpayerId!, :name!, :legalForm!, :region!, :customsOffice!, :supplyChainRoles!::text[], :address!::jsonb, :contact!::jsonb)
RETURNING id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at;

/* @name InsertOperatorUser */
INSERT INTO operator_users (operator_id, sub, name, email, language, role, added_by)
VALUES (:operatorId!, :sub!, :name!, :email!, :language!, :role!, :addedBy!);

/* @name UpsertOperatorUser */
INSERT INTO operator_users (operator_id, sub, name, email, language, role, added_by)
VALUES (:operatorId!, :sub!, :name!, :email!, :language!, :role!, :addedBy!)
ON CONFLICT (operator_id, sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, language = EXCLUDED.language, role = EXCLUDED.role;

/* @name ListAllOperatorUserLinks */
-- Every company's users as linked now, for their announcement again (each at its own link's time).
SELECT u.operator_id, o.taxpayer_id, o.region, u.sub, u.role, u.added_by, u.added_at
FROM operator_users u JOIN operators o ON o.id = u.operator_id
WHERE (:operatorId::uuid IS NULL OR u.operator_id = :operatorId)
ORDER BY u.operator_id, u.added_at, u.sub;

/* @name ListOperatorUsers */
SELECT sub, name, email, language, role, added_by, added_at FROM operator_users WHERE operator_id = :operatorId! ORDER BY added_at;

/* @name LockOperator */
SELECT id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at
FROM operators WHERE id = :id! FOR UPDATE;

/* @name UpdateOperatorDetails */
UPDATE operators SET contact = :contact!::jsonb, address = :address!::jsonb, supply_chain_roles = :supplyChainRoles!::text[], updated_at = now()
WHERE id = :id!
RETURNING id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact, created_at, updated_at;

/* @name FindCompanyMembership */
SELECT o.name, u.role AS "role?" FROM operators o LEFT JOIN operator_users u ON u.operator_id = o.id AND u.sub = :sub!
WHERE o.id = :operatorId!;

/* @name ListOperatorAdministrators */
SELECT sub FROM operator_users WHERE operator_id = :operatorId! AND role = 'administrator' ORDER BY added_at;

/* @name DeleteOperatorUser */
DELETE FROM operator_users WHERE operator_id = :operatorId! AND sub = :sub! RETURNING role;

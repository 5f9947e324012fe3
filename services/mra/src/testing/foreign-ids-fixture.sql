/* @name InsertSignedArrangement */
INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, title, phase, signed_on, terms, created_at)
VALUES (:id!, :partnerCountry!, :partnerAdministration!, :title!, :phase!, '2025-06-01', :terms::jsonb, now());

/* @name InsertListEntry */
INSERT INTO partner_list_entries (arrangement_id, aeo_id, normalised_id, name, address, status_type, partner_status_type, status,
  valid_from, valid_until, last_changed_version)
VALUES (:arrangementId!, :aeoId!, :normalisedId!, :name!, '{}'::jsonb, :statusType!, :statusType!, :status!, :validFrom!::date,
  :validUntil::date, 1);

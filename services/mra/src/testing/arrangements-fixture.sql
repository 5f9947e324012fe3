/* @name InsertArrangement */
INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, phase, signed_on, created_at)
VALUES (:id!, :partnerCountry!, :partnerAdministration!, :phase!, :signedOn, now());

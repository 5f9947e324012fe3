/* @name ListArrangements */
SELECT id, partner_country, partner_administration, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on, created_at
FROM mutual_recognition_arrangements
WHERE (:partnerCountry::bpchar IS NULL OR partner_country = :partnerCountry::bpchar)
ORDER BY partner_country, created_at DESC;

/* @name FindArrangement */
SELECT id, partner_country, partner_administration, phase, to_char(signed_on, 'YYYY-MM-DD') AS signed_on, created_at
FROM mutual_recognition_arrangements
WHERE id = :id!;

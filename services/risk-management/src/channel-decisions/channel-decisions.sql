/* @name FindDecidedDeclarations */
SELECT declaration_id FROM channel_decisions WHERE declaration_id = ANY(:declarationIds!::text[]);

/* @name InsertChannelDecisions */
INSERT INTO channel_decisions (decision_id, declaration_id, trader_taxpayer_id, channel, risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version, source_event_id, aeo_status_type, region, customs_office, lodged_at, decided_at)
SELECT d, n, t, c, s, f, b, r, p, pn, m, e, NULLIF(a, ''), rg, o, l, :decidedAt!::timestamptz
FROM unnest(:decisionIds!::uuid[], :declarationIds!::text[], :traderTaxpayerIds!::text[], :channels!::text[], :riskScores!::numeric[], :firedRules!::jsonb[], :benefitsApplied!::jsonb[], :randomSelections!::jsonb[], :priorities!::bool[], :priorNotices!::bool[], :modelVersions!::text[], :sourceEventIds!::text[], :aeoStatusTypes!::text[], :regions!::text[], :customsOffices!::text[], :lodgedAts!::timestamptz[])
  AS x(d, n, t, c, s, f, b, r, p, pn, m, e, a, rg, o, l);

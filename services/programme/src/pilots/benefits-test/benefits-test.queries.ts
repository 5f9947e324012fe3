/** Types generated for queries found in "services/programme/src/pilots/benefits-test/benefits-test.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'FindPilotForBenefitsTest' parameters type */
export interface IFindPilotForBenefitsTestParams {
  pilotId: string;
}

/** 'FindPilotForBenefitsTest' return type */
export interface IFindPilotForBenefitsTestResult {
  id: string;
  status: string;
}

/** 'FindPilotForBenefitsTest' query type */
export interface IFindPilotForBenefitsTestQuery {
  params: IFindPilotForBenefitsTestParams;
  result: IFindPilotForBenefitsTestResult;
}

const findPilotForBenefitsTestIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":49}]}],"statement":"SELECT id, status FROM pilots WHERE id = :pilotId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, status FROM pilots WHERE id = :pilotId!
 * ```
 */
export const findPilotForBenefitsTest = new PreparedQuery<IFindPilotForBenefitsTestParams,IFindPilotForBenefitsTestResult>(findPilotForBenefitsTestIR);


/** 'ListMilestonesForBenefitsTest' parameters type */
export interface IListMilestonesForBenefitsTestParams {
  pilotId: string;
}

/** 'ListMilestonesForBenefitsTest' return type */
export interface IListMilestonesForBenefitsTestResult {
  due_on: string;
  id: string;
  title: string;
}

/** 'ListMilestonesForBenefitsTest' query type */
export interface IListMilestonesForBenefitsTestQuery {
  params: IListMilestonesForBenefitsTestParams;
  result: IListMilestonesForBenefitsTestResult;
}

const listMilestonesForBenefitsTestIR: any = {"usedParamSet":{"pilotId":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]}],"statement":"SELECT id, title, due_on::text AS \"due_on!\" FROM pilot_milestones WHERE pilot_id = :pilotId! ORDER BY due_on, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, title, due_on::text AS "due_on!" FROM pilot_milestones WHERE pilot_id = :pilotId! ORDER BY due_on, id
 * ```
 */
export const listMilestonesForBenefitsTest = new PreparedQuery<IListMilestonesForBenefitsTestParams,IListMilestonesForBenefitsTestResult>(listMilestonesForBenefitsTestIR);


/** 'ListPilotCompaniesWithGrants' parameters type */
export interface IListPilotCompaniesWithGrantsParams {
  pilotId: string;
  region?: string | null | void;
}

/** 'ListPilotCompaniesWithGrants' return type */
export interface IListPilotCompaniesWithGrantsResult {
  authorisation_number: string | null;
  certified_at: Date | null;
  operator_id: string | null;
  region: string;
  status_type: string | null;
  taxpayer_id: string;
}

/** 'ListPilotCompaniesWithGrants' query type */
export interface IListPilotCompaniesWithGrantsQuery {
  params: IListPilotCompaniesWithGrantsParams;
  result: IListPilotCompaniesWithGrantsResult;
}

const listPilotCompaniesWithGrantsIR: any = {"usedParamSet":{"pilotId":true,"region":true},"params":[{"name":"pilotId","required":true,"transform":{"type":"scalar"},"locs":[{"a":641,"b":649}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":681,"b":687},{"a":717,"b":723}]}],"statement":"-- The companies that accepted to take part (the selection's participant list, which links the taxpayer id their\n-- declarations carry to the operator id the grants carry) and each one's first AEO grant, if any.\nSELECT p.taxpayer_id, p.region, p.operator_id, g.decided_at AS \"certified_at?\", g.status_type AS \"status_type?\",\n  g.authorisation_number AS \"authorisation_number?\"\nFROM pilot_participants p\nLEFT JOIN LATERAL (\n  SELECT g.decided_at, g.status_type, g.authorisation_number\n  FROM certification_grants g\n  WHERE g.operator_id = p.operator_id\n  ORDER BY g.decided_at, g.authorisation_number\n  LIMIT 1\n) g ON true\nWHERE p.pilot_id = :pilotId! AND p.stage = 'accepted' AND (:region::text IS NULL OR p.region = :region)\nORDER BY p.taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * -- The companies that accepted to take part (the selection's participant list, which links the taxpayer id their
 * -- declarations carry to the operator id the grants carry) and each one's first AEO grant, if any.
 * SELECT p.taxpayer_id, p.region, p.operator_id, g.decided_at AS "certified_at?", g.status_type AS "status_type?",
 *   g.authorisation_number AS "authorisation_number?"
 * FROM pilot_participants p
 * LEFT JOIN LATERAL (
 *   SELECT g.decided_at, g.status_type, g.authorisation_number
 *   FROM certification_grants g
 *   WHERE g.operator_id = p.operator_id
 *   ORDER BY g.decided_at, g.authorisation_number
 *   LIMIT 1
 * ) g ON true
 * WHERE p.pilot_id = :pilotId! AND p.stage = 'accepted' AND (:region::text IS NULL OR p.region = :region)
 * ORDER BY p.taxpayer_id
 * ```
 */
export const listPilotCompaniesWithGrants = new PreparedQuery<IListPilotCompaniesWithGrantsParams,IListPilotCompaniesWithGrantsResult>(listPilotCompaniesWithGrantsIR);


/** 'WindowFigures' parameters type */
export interface IWindowFiguresParams {
  froms: DateOrStringArray;
  ordinals: numberArray;
  regions: stringArray;
  taxpayerIds: stringArray;
  tos: DateOrStringArray;
}

/** 'WindowFigures' return type */
export interface IWindowFiguresResult {
  benefited: number;
  declarations: number;
  documentary: number;
  mean_decision_seconds: number | null;
  median_decision_seconds: number | null;
  ordinal: number;
  physical: number;
  priority: number;
}

/** 'WindowFigures' query type */
export interface IWindowFiguresQuery {
  params: IWindowFiguresParams;
  result: IWindowFiguresResult;
}

const windowFiguresIR: any = {"usedParamSet":{"ordinals":true,"taxpayerIds":true,"regions":true,"froms":true,"tos":true},"params":[{"name":"ordinals","required":true,"transform":{"type":"scalar"},"locs":[{"a":923,"b":932}]},{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":942,"b":954}]},{"name":"regions","required":true,"transform":{"type":"scalar"},"locs":[{"a":965,"b":973}]},{"name":"froms","required":true,"transform":{"type":"scalar"},"locs":[{"a":984,"b":990}]},{"name":"tos","required":true,"transform":{"type":"scalar"},"locs":[{"a":1008,"b":1012}]}],"statement":"-- Per window ordinal: the declarations of its traders lodged in [from, to) (in the region, unless it is '') whose\n-- lodgement and channel decision are both in: their controls, benefits received, priority, and the time from\n-- lodgement to decision. Several traders under one ordinal are pooled as one sample.\nSELECT w.ordinal AS \"ordinal!\",\n  count(f.declaration_id)::int AS \"declarations!\",\n  count(*) FILTER (WHERE f.channel = 'yellow')::int AS \"documentary!\",\n  count(*) FILTER (WHERE f.channel = 'red')::int AS \"physical!\",\n  count(*) FILTER (WHERE f.channel = 'green' AND f.aeo_status_type IS NOT NULL)::int AS \"benefited!\",\n  count(*) FILTER (WHERE f.priority)::int AS \"priority!\",\n  avg(extract(epoch FROM f.decided_at - f.lodged_at))::float8 AS mean_decision_seconds,\n  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.decided_at - f.lodged_at))::float8\n    AS median_decision_seconds\nFROM unnest(:ordinals!::int[], :taxpayerIds!::text[], :regions!::text[], :froms!::timestamptz[], :tos!::timestamptz[])\n  AS w(ordinal, taxpayer_id, region, from_at, to_at)\nLEFT JOIN declaration_benefit_facts f ON f.trader_taxpayer_id = w.taxpayer_id\n  AND (w.region = '' OR f.region = w.region) AND f.lodged_at >= w.from_at AND f.lodged_at < w.to_at\n  AND f.decision_event_id IS NOT NULL\nGROUP BY w.ordinal\nORDER BY w.ordinal"};

/**
 * Query generated from SQL:
 * ```
 * -- Per window ordinal: the declarations of its traders lodged in [from, to) (in the region, unless it is '') whose
 * -- lodgement and channel decision are both in: their controls, benefits received, priority, and the time from
 * -- lodgement to decision. Several traders under one ordinal are pooled as one sample.
 * SELECT w.ordinal AS "ordinal!",
 *   count(f.declaration_id)::int AS "declarations!",
 *   count(*) FILTER (WHERE f.channel = 'yellow')::int AS "documentary!",
 *   count(*) FILTER (WHERE f.channel = 'red')::int AS "physical!",
 *   count(*) FILTER (WHERE f.channel = 'green' AND f.aeo_status_type IS NOT NULL)::int AS "benefited!",
 *   count(*) FILTER (WHERE f.priority)::int AS "priority!",
 *   avg(extract(epoch FROM f.decided_at - f.lodged_at))::float8 AS mean_decision_seconds,
 *   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.decided_at - f.lodged_at))::float8
 *     AS median_decision_seconds
 * FROM unnest(:ordinals!::int[], :taxpayerIds!::text[], :regions!::text[], :froms!::timestamptz[], :tos!::timestamptz[])
 *   AS w(ordinal, taxpayer_id, region, from_at, to_at)
 * LEFT JOIN declaration_benefit_facts f ON f.trader_taxpayer_id = w.taxpayer_id
 *   AND (w.region = '' OR f.region = w.region) AND f.lodged_at >= w.from_at AND f.lodged_at < w.to_at
 *   AND f.decision_event_id IS NOT NULL
 * GROUP BY w.ordinal
 * ORDER BY w.ordinal
 * ```
 */
export const windowFigures = new PreparedQuery<IWindowFiguresParams,IWindowFiguresResult>(windowFiguresIR);


/** 'ComparableTraders' parameters type */
export interface IComparableTradersParams {
  companyVolumes: numberArray;
  froms: DateOrStringArray;
  maxTraders: number;
  maxVolumes: numberArray;
  minVolumes: numberArray;
  regions: stringArray;
  tos: DateOrStringArray;
}

/** 'ComparableTraders' return type */
export interface IComparableTradersResult {
  eligible: number;
  ordinal: number;
  taxpayer_id: string;
}

/** 'ComparableTraders' query type */
export interface IComparableTradersQuery {
  params: IComparableTradersParams;
  result: IComparableTradersResult;
}

const comparableTradersIR: any = {"usedParamSet":{"regions":true,"froms":true,"tos":true,"minVolumes":true,"maxVolumes":true,"companyVolumes":true,"maxTraders":true},"params":[{"name":"regions","required":true,"transform":{"type":"scalar"},"locs":[{"a":670,"b":678}]},{"name":"froms","required":true,"transform":{"type":"scalar"},"locs":[{"a":689,"b":695}]},{"name":"tos","required":true,"transform":{"type":"scalar"},"locs":[{"a":713,"b":717}]},{"name":"minVolumes","required":true,"transform":{"type":"scalar"},"locs":[{"a":735,"b":746}]},{"name":"maxVolumes","required":true,"transform":{"type":"scalar"},"locs":[{"a":760,"b":771}]},{"name":"companyVolumes","required":true,"transform":{"type":"scalar"},"locs":[{"a":781,"b":796}]},{"name":"maxTraders","required":true,"transform":{"type":"scalar"},"locs":[{"a":2500,"b":2511}]}],"statement":"-- Per window (a region, from, to, a volume band, the company's own volume): the traders whose declarations lodged in\n-- the region in [from, to), decided, number within the band; never a company accepted into any pilot, nor a trader any\n-- of whose channel decisions applied an AEO standing. At most maxTraders per window: those whose volume is closest to\n-- the company's, then by taxpayer id; \"eligible\" counts them all. Windows of the same region and span share one count\n-- of the region's declarations (a company measured as of several points mostly repeats its after-window), and each\n-- trader in a band is checked once.\nWITH windows AS (\n  SELECT * FROM unnest(:regions!::text[], :froms!::timestamptz[], :tos!::timestamptz[], :minVolumes!::int[],\n    :maxVolumes!::int[], :companyVolumes!::int[])\n    WITH ORDINALITY AS w(region, from_at, to_at, min_volume, max_volume, company_volume, ordinal)\n),\nspans AS (\n  SELECT DISTINCT region, from_at, to_at FROM windows WHERE min_volume <= max_volume\n),\nvolumes AS MATERIALIZED (\n  SELECT s.region, s.from_at, s.to_at, v.taxpayer_id, v.volume\n  FROM spans s\n  CROSS JOIN LATERAL (\n    SELECT f.trader_taxpayer_id AS taxpayer_id, count(*) AS volume\n    FROM declaration_benefit_facts f\n    WHERE f.region = s.region AND f.lodged_at >= s.from_at AND f.lodged_at < s.to_at\n      AND f.decision_event_id IS NOT NULL AND f.trader_taxpayer_id IS NOT NULL\n    GROUP BY f.trader_taxpayer_id\n  ) v\n),\nbanded AS MATERIALIZED (\n  SELECT w.ordinal, w.company_volume, v.taxpayer_id, v.volume\n  FROM windows w\n  JOIN volumes v ON v.region = w.region AND v.from_at = w.from_at AND v.to_at = w.to_at\n  WHERE v.volume BETWEEN w.min_volume AND w.max_volume\n),\nexcluded AS MATERIALIZED (\n  SELECT c.taxpayer_id\n  FROM (SELECT DISTINCT taxpayer_id FROM banded) c\n  WHERE EXISTS (\n      SELECT 1 FROM declaration_benefit_facts a WHERE a.trader_taxpayer_id = c.taxpayer_id AND a.aeo_status_type IS NOT NULL\n    )\n    OR EXISTS (SELECT 1 FROM pilot_participants p WHERE p.taxpayer_id = c.taxpayer_id AND p.stage = 'accepted')\n),\neligible AS (\n  SELECT b.ordinal, b.taxpayer_id,\n    row_number() OVER (PARTITION BY b.ordinal ORDER BY abs(b.volume - b.company_volume), b.taxpayer_id) AS closeness,\n    count(*) OVER (PARTITION BY b.ordinal) AS eligible\n  FROM banded b\n  WHERE b.taxpayer_id NOT IN (SELECT taxpayer_id FROM excluded)\n)\nSELECT e.ordinal::int AS \"ordinal!\", e.taxpayer_id AS \"taxpayer_id!\", e.eligible::int AS \"eligible!\"\nFROM eligible e\nWHERE e.closeness <= :maxTraders!::int\nORDER BY e.ordinal, e.taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * -- Per window (a region, from, to, a volume band, the company's own volume): the traders whose declarations lodged in
 * -- the region in [from, to), decided, number within the band; never a company accepted into any pilot, nor a trader any
 * -- of whose channel decisions applied an AEO standing. At most maxTraders per window: those whose volume is closest to
 * -- the company's, then by taxpayer id; "eligible" counts them all. Windows of the same region and span share one count
 * -- of the region's declarations (a company measured as of several points mostly repeats its after-window), and each
 * -- trader in a band is checked once.
 * WITH windows AS (
 *   SELECT * FROM unnest(:regions!::text[], :froms!::timestamptz[], :tos!::timestamptz[], :minVolumes!::int[],
 *     :maxVolumes!::int[], :companyVolumes!::int[])
 *     WITH ORDINALITY AS w(region, from_at, to_at, min_volume, max_volume, company_volume, ordinal)
 * ),
 * spans AS (
 *   SELECT DISTINCT region, from_at, to_at FROM windows WHERE min_volume <= max_volume
 * ),
 * volumes AS MATERIALIZED (
 *   SELECT s.region, s.from_at, s.to_at, v.taxpayer_id, v.volume
 *   FROM spans s
 *   CROSS JOIN LATERAL (
 *     SELECT f.trader_taxpayer_id AS taxpayer_id, count(*) AS volume
 *     FROM declaration_benefit_facts f
 *     WHERE f.region = s.region AND f.lodged_at >= s.from_at AND f.lodged_at < s.to_at
 *       AND f.decision_event_id IS NOT NULL AND f.trader_taxpayer_id IS NOT NULL
 *     GROUP BY f.trader_taxpayer_id
 *   ) v
 * ),
 * banded AS MATERIALIZED (
 *   SELECT w.ordinal, w.company_volume, v.taxpayer_id, v.volume
 *   FROM windows w
 *   JOIN volumes v ON v.region = w.region AND v.from_at = w.from_at AND v.to_at = w.to_at
 *   WHERE v.volume BETWEEN w.min_volume AND w.max_volume
 * ),
 * excluded AS MATERIALIZED (
 *   SELECT c.taxpayer_id
 *   FROM (SELECT DISTINCT taxpayer_id FROM banded) c
 *   WHERE EXISTS (
 *       SELECT 1 FROM declaration_benefit_facts a WHERE a.trader_taxpayer_id = c.taxpayer_id AND a.aeo_status_type IS NOT NULL
 *     )
 *     OR EXISTS (SELECT 1 FROM pilot_participants p WHERE p.taxpayer_id = c.taxpayer_id AND p.stage = 'accepted')
 * ),
 * eligible AS (
 *   SELECT b.ordinal, b.taxpayer_id,
 *     row_number() OVER (PARTITION BY b.ordinal ORDER BY abs(b.volume - b.company_volume), b.taxpayer_id) AS closeness,
 *     count(*) OVER (PARTITION BY b.ordinal) AS eligible
 *   FROM banded b
 *   WHERE b.taxpayer_id NOT IN (SELECT taxpayer_id FROM excluded)
 * )
 * SELECT e.ordinal::int AS "ordinal!", e.taxpayer_id AS "taxpayer_id!", e.eligible::int AS "eligible!"
 * FROM eligible e
 * WHERE e.closeness <= :maxTraders!::int
 * ORDER BY e.ordinal, e.taxpayer_id
 * ```
 */
export const comparableTraders = new PreparedQuery<IComparableTradersParams,IComparableTradersResult>(comparableTradersIR);



/** Types generated for queries found in "services/programme/src/scorecard/scorecard.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'LockStandard' parameters type */
export interface ILockStandardParams {
  standardId: string;
}

/** 'LockStandard' return type */
export interface ILockStandardResult {
  locked: undefined | null;
}

/** 'LockStandard' query type */
export interface ILockStandardQuery {
  params: ILockStandardParams;
  result: ILockStandardResult;
}

const lockStandardIR: any = {"usedParamSet":{"standardId":true},"params":[{"name":"standardId","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":75}]}],"statement":"SELECT pg_advisory_xact_lock(hashtext('programme-scorecard:' || :standardId!::text)) AS locked"};

/**
 * Query generated from SQL:
 * ```
 * SELECT pg_advisory_xact_lock(hashtext('programme-scorecard:' || :standardId!::text)) AS locked
 * ```
 */
export const lockStandard = new PreparedQuery<ILockStandardParams,ILockStandardResult>(lockStandardIR);


/** 'InsertAssessment' parameters type */
export interface IInsertAssessmentParams {
  assessedBy: string;
  evidence: Json;
  id: string;
  note: string;
  principleId: string;
  standardId: string;
  status: string;
}

/** 'InsertAssessment' return type */
export interface IInsertAssessmentResult {
  assessed_at: Date;
  assessed_by: string;
  evidence: Json;
  id: string;
  note: string;
  principle_id: string;
  seq: string;
  standard_id: string;
  status: string;
}

/** 'InsertAssessment' query type */
export interface IInsertAssessmentQuery {
  params: IInsertAssessmentParams;
  result: IInsertAssessmentResult;
}

const insertAssessmentIR: any = {"usedParamSet":{"id":true,"principleId":true,"standardId":true,"status":true,"note":true,"evidence":true,"assessedBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":114}]},{"name":"principleId","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":129}]},{"name":"standardId","required":true,"transform":{"type":"scalar"},"locs":[{"a":132,"b":143}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":153}]},{"name":"note","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":161}]},{"name":"evidence","required":true,"transform":{"type":"scalar"},"locs":[{"a":164,"b":173}]},{"name":"assessedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":187}]}],"statement":"INSERT INTO scorecard_assessments (id, principle_id, standard_id, status, note, evidence, assessed_by)\nVALUES (:id!, :principleId!, :standardId!, :status!, :note!, :evidence!, :assessedBy!)\nRETURNING id, seq, principle_id, standard_id, status, note, evidence, assessed_by, assessed_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO scorecard_assessments (id, principle_id, standard_id, status, note, evidence, assessed_by)
 * VALUES (:id!, :principleId!, :standardId!, :status!, :note!, :evidence!, :assessedBy!)
 * RETURNING id, seq, principle_id, standard_id, status, note, evidence, assessed_by, assessed_at
 * ```
 */
export const insertAssessment = new PreparedQuery<IInsertAssessmentParams,IInsertAssessmentResult>(insertAssessmentIR);


/** 'LatestAssessments' parameters type */
export type ILatestAssessmentsParams = void;

/** 'LatestAssessments' return type */
export interface ILatestAssessmentsResult {
  assessed_at: Date;
  assessed_by: string;
  evidence: Json;
  id: string;
  note: string;
  principle_id: string;
  seq: string;
  standard_id: string;
  status: string;
}

/** 'LatestAssessments' query type */
export interface ILatestAssessmentsQuery {
  params: ILatestAssessmentsParams;
  result: ILatestAssessmentsResult;
}

const latestAssessmentsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT DISTINCT ON (standard_id) id, seq, principle_id, standard_id, status, note, evidence, assessed_by, assessed_at\nFROM scorecard_assessments\nORDER BY standard_id, seq DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT ON (standard_id) id, seq, principle_id, standard_id, status, note, evidence, assessed_by, assessed_at
 * FROM scorecard_assessments
 * ORDER BY standard_id, seq DESC
 * ```
 */
export const latestAssessments = new PreparedQuery<ILatestAssessmentsParams,ILatestAssessmentsResult>(latestAssessmentsIR);


/** 'StandardHistory' parameters type */
export interface IStandardHistoryParams {
  standardId: string;
}

/** 'StandardHistory' return type */
export interface IStandardHistoryResult {
  assessed_at: Date;
  assessed_by: string;
  evidence: Json;
  id: string;
  note: string;
  principle_id: string;
  seq: string;
  standard_id: string;
  status: string;
}

/** 'StandardHistory' query type */
export interface IStandardHistoryQuery {
  params: IStandardHistoryParams;
  result: IStandardHistoryResult;
}

const standardHistoryIR: any = {"usedParamSet":{"standardId":true},"params":[{"name":"standardId","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":150}]}],"statement":"SELECT id, seq, principle_id, standard_id, status, note, evidence, assessed_by, assessed_at\nFROM scorecard_assessments\nWHERE standard_id = :standardId!\nORDER BY seq DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, seq, principle_id, standard_id, status, note, evidence, assessed_by, assessed_at
 * FROM scorecard_assessments
 * WHERE standard_id = :standardId!
 * ORDER BY seq DESC
 * ```
 */
export const standardHistory = new PreparedQuery<IStandardHistoryParams,IStandardHistoryResult>(standardHistoryIR);


/** 'InsertProgrammePublication' parameters type */
export interface IInsertProgrammePublicationParams {
  criteria: number;
  eventId: string;
  publishedAt: DateOrString;
  publishedBy: string;
  sections: number;
  statusTypes: stringArray;
  version: number;
}

/** 'InsertProgrammePublication' return type */
export type IInsertProgrammePublicationResult = void;

/** 'InsertProgrammePublication' query type */
export interface IInsertProgrammePublicationQuery {
  params: IInsertProgrammePublicationParams;
  result: IInsertProgrammePublicationResult;
}

const insertProgrammePublicationIR: any = {"usedParamSet":{"eventId":true,"version":true,"publishedBy":true,"publishedAt":true,"statusTypes":true,"sections":true,"criteria":true},"params":[{"name":"eventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":145}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":156}]},{"name":"publishedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":171}]},{"name":"publishedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":186}]},{"name":"statusTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":201}]},{"name":"sections","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":213}]},{"name":"criteria","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":225}]}],"statement":"INSERT INTO scorecard_programme_publications (event_id, version, published_by, published_at, status_types, sections,\n  criteria)\nVALUES (:eventId!, :version!, :publishedBy!, :publishedAt!, :statusTypes!, :sections!, :criteria!)\nON CONFLICT (event_id) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO scorecard_programme_publications (event_id, version, published_by, published_at, status_types, sections,
 *   criteria)
 * VALUES (:eventId!, :version!, :publishedBy!, :publishedAt!, :statusTypes!, :sections!, :criteria!)
 * ON CONFLICT (event_id) DO NOTHING
 * ```
 */
export const insertProgrammePublication = new PreparedQuery<IInsertProgrammePublicationParams,IInsertProgrammePublicationResult>(insertProgrammePublicationIR);


/** 'PublishedVersions' parameters type */
export interface IPublishedVersionsParams {
  limit: string;
}

/** 'PublishedVersions' return type */
export interface IPublishedVersionsResult {
  criteria: number;
  event_id: string;
  published_at: Date;
  published_by: string;
  sections: number;
  status_types: stringArray;
  version: number;
}

/** 'PublishedVersions' query type */
export interface IPublishedVersionsQuery {
  params: IPublishedVersionsParams;
  result: IPublishedVersionsResult;
}

const publishedVersionsIR: any = {"usedParamSet":{"limit":true},"params":[{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":205}]}],"statement":"SELECT DISTINCT ON (version) event_id, version, published_by, published_at, status_types, sections, criteria\nFROM scorecard_programme_publications\nORDER BY version DESC, published_at, event_id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT ON (version) event_id, version, published_by, published_at, status_types, sections, criteria
 * FROM scorecard_programme_publications
 * ORDER BY version DESC, published_at, event_id
 * LIMIT :limit!
 * ```
 */
export const publishedVersions = new PreparedQuery<IPublishedVersionsParams,IPublishedVersionsResult>(publishedVersionsIR);


/** 'InsertMraPhaseChange' parameters type */
export interface IInsertMraPhaseChangeParams {
  arrangementId: string;
  at: DateOrString;
  eventId: string;
  fromPhase?: string | null | void;
  partnerAdministration: string;
  partnerCountry: string;
  title: string;
  toPhase: string;
}

/** 'InsertMraPhaseChange' return type */
export type IInsertMraPhaseChangeResult = void;

/** 'InsertMraPhaseChange' query type */
export interface IInsertMraPhaseChangeQuery {
  params: IInsertMraPhaseChangeParams;
  result: IInsertMraPhaseChangeResult;
}

const insertMraPhaseChangeIR: any = {"usedParamSet":{"eventId":true,"arrangementId":true,"partnerCountry":true,"partnerAdministration":true,"title":true,"fromPhase":true,"toPhase":true,"at":true},"params":[{"name":"eventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":159}]},{"name":"arrangementId","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":176}]},{"name":"partnerCountry","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":194}]},{"name":"partnerAdministration","required":true,"transform":{"type":"scalar"},"locs":[{"a":197,"b":219}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":222,"b":228}]},{"name":"fromPhase","required":false,"transform":{"type":"scalar"},"locs":[{"a":231,"b":240}]},{"name":"toPhase","required":true,"transform":{"type":"scalar"},"locs":[{"a":243,"b":251}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":254,"b":257}]}],"statement":"INSERT INTO scorecard_mra_phase_changes (event_id, arrangement_id, partner_country, partner_administration, title,\n  from_phase, to_phase, at)\nVALUES (:eventId!, :arrangementId!, :partnerCountry!, :partnerAdministration!, :title!, :fromPhase, :toPhase!, :at!)\nON CONFLICT (event_id) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO scorecard_mra_phase_changes (event_id, arrangement_id, partner_country, partner_administration, title,
 *   from_phase, to_phase, at)
 * VALUES (:eventId!, :arrangementId!, :partnerCountry!, :partnerAdministration!, :title!, :fromPhase, :toPhase!, :at!)
 * ON CONFLICT (event_id) DO NOTHING
 * ```
 */
export const insertMraPhaseChange = new PreparedQuery<IInsertMraPhaseChangeParams,IInsertMraPhaseChangeResult>(insertMraPhaseChangeIR);


/** 'ArrangementPhases' parameters type */
export type IArrangementPhasesParams = void;

/** 'ArrangementPhases' return type */
export interface IArrangementPhasesResult {
  arrangement_id: string;
  event_id: string;
  partner_administration: string;
  partner_country: string;
  phase: string;
  since: Date;
  title: string;
}

/** 'ArrangementPhases' query type */
export interface IArrangementPhasesQuery {
  params: IArrangementPhasesParams;
  result: IArrangementPhasesResult;
}

const arrangementPhasesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT DISTINCT ON (arrangement_id) event_id, arrangement_id, partner_country, partner_administration, title,\n  to_phase AS phase, at AS since\nFROM scorecard_mra_phase_changes\nORDER BY arrangement_id, at DESC, (from_phase IS NULL), event_id DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT ON (arrangement_id) event_id, arrangement_id, partner_country, partner_administration, title,
 *   to_phase AS phase, at AS since
 * FROM scorecard_mra_phase_changes
 * ORDER BY arrangement_id, at DESC, (from_phase IS NULL), event_id DESC
 * ```
 */
export const arrangementPhases = new PreparedQuery<IArrangementPhasesParams,IArrangementPhasesResult>(arrangementPhasesIR);


/** 'GrantedBenefits' parameters type */
export interface IGrantedBenefitsParams {
  since: DateOrString;
}

/** 'GrantedBenefits' return type */
export interface IGrantedBenefitsResult {
  benefit: string | null;
  declarations: number | null;
  last_applied_at: Date | null;
}

/** 'GrantedBenefits' query type */
export interface IGrantedBenefitsQuery {
  params: IGrantedBenefitsParams;
  result: IGrantedBenefitsResult;
}

const grantedBenefitsIR: any = {"usedParamSet":{"since":true},"params":[{"name":"since","required":true,"transform":{"type":"scalar"},"locs":[{"a":169,"b":175}]}],"statement":"SELECT benefit, count(*)::int AS declarations, max(f.decided_at) AS last_applied_at\nFROM declaration_benefit_facts f, unnest(f.benefits) AS benefit\nWHERE f.lodged_at >= :since! AND benefit LIKE 'aeo-%'\nGROUP BY benefit\nORDER BY benefit"};

/**
 * Query generated from SQL:
 * ```
 * SELECT benefit, count(*)::int AS declarations, max(f.decided_at) AS last_applied_at
 * FROM declaration_benefit_facts f, unnest(f.benefits) AS benefit
 * WHERE f.lodged_at >= :since! AND benefit LIKE 'aeo-%'
 * GROUP BY benefit
 * ORDER BY benefit
 * ```
 */
export const grantedBenefits = new PreparedQuery<IGrantedBenefitsParams,IGrantedBenefitsResult>(grantedBenefitsIR);



import type { EntityManager } from 'typeorm';
import type { MraTerms } from '@aeo/contracts';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import {
  type IListReviewsResult,
  findEntries,
  findStandingRefusal,
  findListEntry as findEntry,
  insertMatch,
  listReviews as listAll,
  listReviewPage,
  lockReview as lockOne,
  matchRate as rate,
  openReview as openOne,
  resolveReview as resolveOne,
  upsertAlias,
} from './foreign-ids.queries';

export const MATCH_KINDS = ['exact', 'normalised', 'alias'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];
export const MATCH_OUTCOMES = [...MATCH_KINDS, 'unmatched', 'ambiguous'] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

/** The identifier as a declaration named it, with its matching form. */
export interface DeclaredForeignId {
  country: string;
  declaredId: string;
  normalisedId: string;
}

/** A partner list entry that carries a declared identifier, with its arrangement. */
export interface ListEntryHit {
  arrangementId: string;
  arrangementTitle: string;
  partnerCountry: string;
  phase: string;
  terms: MraTerms | null;
  aeoId: string;
  name: string;
  statusType: string;
  status: string;
  validFrom: string | null;
  validUntil: string | null;
  matchedBy: MatchKind;
}

/** The list entries of the country's arrangements carrying the identifier: exact ones first, then normalised, then by alias. */
export async function findListEntries(runner: SqlRunner, id: DeclaredForeignId): Promise<ListEntryHit[]> {
  const rows = await runSql(findEntries, id, runner);
  return rows.map((row) => ({
    arrangementId: row.arrangement_id,
    arrangementTitle: row.title ?? `AEO mutual recognition arrangement ${row.arrangement_id}`,
    partnerCountry: row.partner_country,
    phase: row.phase,
    terms: row.terms as MraTerms | null,
    aeoId: row.aeo_id,
    name: row.name,
    statusType: row.status_type,
    status: row.status,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    matchedBy: row.matched_by as MatchKind,
  }));
}

export interface MatchRecord extends DeclaredForeignId {
  declarationId: string;
  outcome: MatchOutcome;
  arrangementId: string | null;
  aeoId: string | null;
  declaredAt: string;
}

/** Records a declaration's identifier outcome once; false when this declaration's identifier was recorded already. */
export async function recordMatch(manager: EntityManager, match: MatchRecord): Promise<boolean> {
  return (await runSqlOne(insertMatch, match, manager)) !== undefined;
}

export interface ReviewCandidate {
  arrangementId: string;
  aeoId: string;
}

/** An identifier under review: one open item per country and normalised identifier. */
export interface Review extends DeclaredForeignId {
  id: string;
  reason: 'unmatched' | 'ambiguous';
  candidates: ReviewCandidate[];
  firstDeclarationId: string;
  declarations: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
  status: 'open' | 'resolved';
  resolution: 'matched' | 'not-recognised' | null;
  arrangementId: string | null;
  aeoId: string | null;
  note: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
}

function toReview(row: IListReviewsResult): Review {
  return {
    id: row.id,
    country: row.country,
    declaredId: row.declared_id,
    normalisedId: row.normalised_id,
    reason: row.reason as Review['reason'],
    candidates: row.candidates as unknown as ReviewCandidate[],
    firstDeclarationId: row.first_declaration_id,
    declarations: row.declarations,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    status: row.status as Review['status'],
    resolution: row.resolution as Review['resolution'],
    arrangementId: row.arrangement_id,
    aeoId: row.aeo_id,
    note: row.note,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
  };
}

/**
 * The review item of an identifier an MRA officer resolved "not recognised", while that holds:
 * until a partner list version imported since brings a new or changed entry with its normalised form.
 */
export async function standingRefusal(runner: SqlRunner, id: DeclaredForeignId): Promise<string | undefined> {
  return (await runSqlOne(findStandingRefusal, id, runner))?.id;
}

/** Opens a review item, or counts one more declaration on the open one; `created` when it is new. */
export async function openReview(
  manager: EntityManager,
  review: Pick<Review, 'id' | 'country' | 'declaredId' | 'normalisedId' | 'reason' | 'candidates'> & {
    declarationId: string;
    seenAt: string;
  },
): Promise<{ id: string; created: boolean }> {
  const row = await runSqlOne(openOne, { ...review, candidates: JSON.stringify(review.candidates) }, manager);
  if (!row) throw new Error(`review of ${review.country} ${review.normalisedId} was not written`);
  return { id: row.id, created: row.created === true };
}

export async function listReviews(
  runner: SqlRunner,
  filter: { status?: 'open' | 'resolved'; country?: string; limit: number },
): Promise<Review[]> {
  return (await runSql(listAll, filter, runner)).map(toReview);
}

export const REVIEW_QUEUE_SORTS = ['firstSeenAt', 'lastSeenAt', 'declarations'] as const;
export type ReviewQueueSort = (typeof REVIEW_QUEUE_SORTS)[number];

/** A page of the review items (filtered like listReviews, and by reason and the start of the identifier), and how many there are. */
export function readReviewPage(
  runner: SqlRunner,
  filter: PageRequest<ReviewQueueSort> & {
    status?: 'open' | 'resolved';
    country?: string;
    reason?: 'unmatched' | 'ambiguous';
    q?: string;
  },
): Promise<Page<Review>> {
  const { page, pageSize, status, country, reason, q, sort, order } = filter;
  return readPage(
    { page, pageSize },
    (window) =>
      runSql(
        listReviewPage,
        {
          status: status ?? null,
          country: country ?? null,
          reason: reason ?? null,
          q: q ?? null,
          sort,
          order,
          ...window,
        },
        runner,
      ),
    (row) => toReview(row),
  );
}

/** The review item, locked until the transaction ends. */
export async function lockReview(manager: EntityManager, id: string): Promise<Review | undefined> {
  const row = await runSqlOne(lockOne, { id }, manager);
  return row ? toReview(row) : undefined;
}

export async function resolveReview(
  manager: EntityManager,
  resolution: Pick<Review, 'id' | 'arrangementId' | 'aeoId' | 'note'> & {
    resolution: 'matched' | 'not-recognised';
    by: string;
    at: Date;
  },
): Promise<void> {
  await runSql(resolveOne, resolution, manager);
}

/** The partner list entry (any status), with its arrangement's country. */
export async function findListEntry(runner: SqlRunner, arrangementId: string, aeoId: string) {
  const row = await runSqlOne(findEntry, { arrangementId, aeoId }, runner);
  return row
    ? { arrangementId: row.arrangement_id, aeoId: row.aeo_id, partnerCountry: row.partner_country }
    : undefined;
}

/** Later declarations naming the identifier match this entry by alias. */
export async function recordAlias(
  manager: EntityManager,
  alias: { country: string; normalisedId: string; arrangementId: string; aeoId: string; reviewId: string; by: string },
): Promise<void> {
  await runSql(upsertAlias, alias, manager);
}

/** Outcome counts of the identifiers declared in [from, to). */
export async function matchRate(runner: SqlRunner, from: Date, to: Date) {
  const row = await runSqlOne(rate, { from, to }, runner);
  return row ?? { declared: 0, exact: 0, normalised: 0, alias: 0, unmatched: 0, ambiguous: 0 };
}

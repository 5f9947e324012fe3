import { randomUUID } from 'node:crypto';
import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  type EventData,
  type DeclarationLodged,
  MraForeignIdResolved,
  MraForeignIdReviewNeeded,
  normaliseForeignAeoId,
} from '@aeo/contracts';
import type { AuthenticatedUser } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { lookUpEntry, matchForeignId, notRecognisedBecause } from './foreign-id-matching';
import {
  type DeclaredForeignId,
  type Review,
  findListEntries,
  findListEntry,
  listReviews,
  readReviewPage,
  lockReview,
  matchRate,
  openReview,
  recordAlias,
  recordMatch,
  resolveReview,
  standingRefusal,
} from './foreign-ids.repository';
import type { ResolveReviewBody, ReviewQueueQuery, ReviewsQuery } from './foreign-ids.schemas';

/** Who opens review items in the audit trail. */
const MATCHING = { sub: 'system:mra-foreign-id-matching', roles: ['system'] } as const;

const declared = (country: string, aeoId: string): DeclaredForeignId => ({
  country,
  declaredId: aeoId,
  normalisedId: normaliseForeignAeoId(country, aeoId),
});

/**
 * Foreign AEO identifiers named by declarations: matched against the partner lists (exact,
 * normalised, alias), unmatched and ambiguous ones queued for MRA officers, the match rate, and
 * the recognition look-up for risk engines and border systems.
 */
@Injectable()
export class ForeignIdsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Matches every foreign identifier of a lodged declaration (inside the consumer's inbox transaction). */
  async matchDeclaration(manager: EntityManager, declaration: EventData<typeof DeclarationLodged>): Promise<void> {
    for (const { country, aeoId } of declaration.foreignPartnerAeoIds) {
      const id = declared(country, aeoId);
      const result = matchForeignId(await findListEntries(manager, id));
      const entry = 'entry' in result ? result.entry : null;
      const fresh = await recordMatch(manager, {
        ...id,
        declarationId: declaration.declarationId,
        outcome: result.outcome,
        arrangementId: entry?.arrangementId ?? null,
        aeoId: entry?.aeoId ?? null,
        declaredAt: declaration.lodgedAt,
      });
      if (!fresh || !('candidates' in result)) continue;
      // An identifier resolved "not recognised" stays so until the partner's list changes for it.
      if (await standingRefusal(manager, id)) continue;
      const review = await openReview(manager, {
        ...id,
        id: randomUUID(),
        reason: result.outcome,
        candidates: result.candidates,
        declarationId: declaration.declarationId,
        seenAt: declaration.lodgedAt,
      });
      if (!review.created) continue;
      await recordAudit(manager, {
        actor: MATCHING,
        action: `mra-foreign-id.${result.outcome}`,
        entityType: 'mra-foreign-id-review',
        entityId: review.id,
        after: { status: 'open', ...id, candidates: result.candidates, declarationId: declaration.declarationId },
        correlationId: currentCorrelationId(),
      });
      await this.outbox.append(manager, MraForeignIdReviewNeeded, {
        subject: review.id,
        aggregateId: result.candidates[0]?.arrangementId ?? country,
        data: {
          ...id,
          reviewId: review.id,
          reason: result.outcome,
          candidates: result.candidates,
          declarationId: declaration.declarationId,
          firstSeenAt: declaration.lodgedAt,
        },
      });
    }
  }

  listReviews(query: ReviewsQuery): Promise<Review[]> {
    return listReviews(this.dataSource, query);
  }

  reviewQueue(query: ReviewQueueQuery) {
    return readReviewPage(this.dataSource, query);
  }

  /**
   * Resolves an open review item: matched to a partner list entry of the identifier's country
   * (later declarations match it by alias) or not recognised. Item, alias, event and audit entry
   * in one transaction.
   */
  async resolve(user: AuthenticatedUser, reviewId: string, body: ResolveReviewBody): Promise<Review> {
    return this.dataSource.transaction(async (manager) => {
      const before = await lockReview(manager, reviewId);
      if (!before) throw new NotFoundException(`review ${reviewId} not found`);
      if (before.status !== 'open') {
        throw new ConflictException(
          `review ${reviewId} is already resolved: ${before.resolution} by ${before.resolvedBy} at ${before.resolvedAt?.toISOString()}`,
        );
      }
      const target = body.resolution === 'matched' ? await this.entryFor(manager, before, body) : null;
      const at = new Date();
      const after: Review = {
        ...before,
        status: 'resolved',
        resolution: body.resolution,
        arrangementId: target?.arrangementId ?? null,
        aeoId: target?.aeoId ?? null,
        note: body.note ?? null,
        resolvedBy: user.sub,
        resolvedAt: at,
      };
      await resolveReview(manager, { ...after, resolution: body.resolution, by: user.sub, at });
      if (target) await recordAlias(manager, { ...before, ...target, reviewId, by: user.sub });
      await this.outbox.append(manager, MraForeignIdResolved, {
        subject: reviewId,
        aggregateId: target?.arrangementId ?? before.country,
        data: {
          reviewId,
          country: before.country,
          declaredId: before.declaredId,
          normalisedId: before.normalisedId,
          resolution: body.resolution,
          ...(target ? { arrangementId: target.arrangementId, aeoId: target.aeoId } : {}),
          by: user.sub,
          at: at.toISOString(),
        },
      });
      await recordAudit(manager, {
        actor: user,
        action: `mra-foreign-id.${body.resolution}`,
        entityType: 'mra-foreign-id-review',
        entityId: reviewId,
        before: { status: before.status, reason: before.reason, candidates: before.candidates },
        after: {
          status: after.status,
          resolution: after.resolution,
          arrangementId: after.arrangementId,
          aeoId: after.aeoId,
        },
        reason: body.note,
        correlationId: currentCorrelationId(),
      });
      return after;
    });
  }

  private async entryFor(manager: EntityManager, review: Review, body: ResolveReviewBody) {
    const { arrangementId, aeoId } = body;
    // The body's schema requires both with `matched`.
    if (!arrangementId || !aeoId)
      throw new UnprocessableEntityException('arrangementId: required with resolution matched');
    const entry = await findListEntry(manager, arrangementId, aeoId);
    if (!entry || entry.partnerCountry !== review.country) {
      throw new UnprocessableEntityException(
        `aeoId: ${aeoId} is not on a ${review.country} partner list of arrangement ${arrangementId}`,
      );
    }
    return { arrangementId, aeoId };
  }

  async matchRate(from: Date, to: Date) {
    const counts = await matchRate(this.dataSource, from, to);
    const declaredIds = counts.declared ?? 0;
    const matched = (counts.exact ?? 0) + (counts.normalised ?? 0) + (counts.alias ?? 0);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      declaredIds,
      matchedExactly: counts.exact ?? 0,
      matchedNormalised: counts.normalised ?? 0,
      matchedByAlias: counts.alias ?? 0,
      unmatched: counts.unmatched ?? 0,
      ambiguous: counts.ambiguous ?? 0,
      rate: declaredIds === 0 ? null : matched / declaredIds,
    };
  }

  /** Is the identifier a recognised AEO on the day, under which arrangement, with which benefits. */
  async recognition(country: string, aeoId: string, on: string) {
    const id = declared(country, aeoId);
    const found = lookUpEntry(await findListEntries(this.dataSource, id));
    const base = { country, declaredId: aeoId, normalisedId: id.normalisedId, on };
    const none = { recognised: false, arrangement: null, aeo: null, benefits: [], directions: [] };
    if (!found) return { ...base, ...none, matchedBy: null, reason: `${aeoId} is on no partner list of ${country}` };
    if ('ambiguous' in found) {
      const [first] = found.ambiguous;
      return {
        ...base,
        ...none,
        matchedBy: first!.matchedBy,
        reason: `${aeoId} is ambiguous: it matches ${found.ambiguous.length} entries of the partner lists of ${country} (${found.ambiguous.map((hit) => hit.aeoId).join(', ')}) until an MRA officer resolves it`,
      };
    }
    const { entry } = found;
    const reason = notRecognisedBecause(entry, on);
    return {
      ...base,
      recognised: reason === null,
      arrangement: { id: entry.arrangementId, title: entry.arrangementTitle, partnerCountry: entry.partnerCountry },
      aeo: { aeoId: entry.aeoId, name: entry.name, statusType: entry.statusType, status: entry.status },
      benefits: reason === null ? (entry.terms?.benefitsWeGrant ?? []) : [],
      directions: reason === null ? (entry.terms?.directions ?? []) : [],
      matchedBy: entry.matchedBy,
      reason,
    };
  }
}

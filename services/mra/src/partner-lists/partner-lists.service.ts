import { createHash } from 'node:crypto';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JWK } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthenticatedUser, ROLES, hasRole } from '@aeo/auth';
import { MraForeignAeosChanged, MraPartnerListImported, type EventData } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { type ListFormat, parseCsvList, parseJsonList } from './partner-list-rows';
import { type PartnerKeyAlg, detachedJwsKid, partnerKeyAlg, verifyDetached } from './partner-list-signature';
import * as repo from './partner-lists.repository';

/**
 * Phases a partner list may be imported in: once the arrangement is implemented, and while it is
 * suspended too (the partner's suspensions and revocations must still reach us, so that the list is
 * current when recognition resumes); not before signing, nor once terminated.
 */
export const LIST_IMPORT_PHASES = ['implementation', 'operational', 'suspended'];
/** Changes per aeo.mra-foreign-aeos.changed.v1 event. */
export const CHANGES_PER_EVENT = 1000;

export interface ListUpload {
  format: ListFormat;
  body: Buffer;
  signature: string;
}

type Arrangement = NonNullable<Awaited<ReturnType<typeof repo.findArrangementForList>>>;

const keyAnswer = (row: repo.PartnerKeyRow) => ({
  kid: row.kid,
  alg: row.alg,
  jwk: row.jwk as JWK,
  registeredBy: row.registered_by,
  registeredAt: row.registered_at,
  retiredBy: row.retired_by,
  retiredAt: row.retired_at,
});

const versionAnswer = (row: repo.ListVersionRow) => ({
  version: row.version,
  format: row.format,
  rows: row.row_count,
  bodySha256: row.body_sha256,
  generatedAt: row.generated_at,
  signatureKid: row.signature_kid,
  counts: {
    new: row.count_new,
    changed: row.count_changed,
    suspended: row.count_suspended,
    removed: row.count_removed,
    unchanged: row.count_unchanged,
  },
  importedBy: row.imported_by,
  importedAt: row.imported_at,
});
export type ListVersion = ReturnType<typeof versionAnswer>;

/**
 * Partners' AEO lists under an arrangement: the partner administration's signing keys, signed
 * imports (JSON or CSV) kept as versions, the difference with the previous version applied to
 * the current state (`partner_list_entries`) and published, all in one transaction.
 */
@Injectable()
export class PartnerListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The arrangement, if the caller may see it: a partner administration only its own country's (else 404). */
  async arrangement(user: AuthenticatedUser, arrangementId: string, runner = this.dataSource): Promise<Arrangement> {
    const arrangement = await repo.findArrangementForList(runner, arrangementId);
    let partnerCountry: string | undefined;
    if (!hasRole(user, ROLES.mraOfficer, ROLES.executive)) {
      if (!user.partnerCountry)
        throw new ForbiddenException('A partner-customs token must name its administration’s country (partnerCountry)');
      partnerCountry = user.partnerCountry.toUpperCase();
    }
    if (!arrangement || (partnerCountry && arrangement.partner_country !== partnerCountry))
      throw new NotFoundException(`Arrangement ${arrangementId} not found`);
    return arrangement;
  }

  async keys(user: AuthenticatedUser, arrangementId: string) {
    await this.arrangement(user, arrangementId);
    return (await repo.listPartnerKeys(this.dataSource, arrangementId)).map(keyAnswer);
  }

  async registerKey(user: AuthenticatedUser, arrangementId: string, kid: string, jwk: JWK) {
    await this.arrangement(user, arrangementId);
    if (jwk.kid !== undefined && jwk.kid !== kid)
      throw new UnprocessableEntityException(`jwk.kid: ${jwk.kid} differs from the key id in the path (${kid})`);
    let alg: PartnerKeyAlg;
    try {
      alg = await partnerKeyAlg(jwk);
    } catch (error) {
      throw new UnprocessableEntityException(`jwk: ${(error as Error).message}`);
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await repo.findPartnerKey(manager, arrangementId, kid);
      const key = await repo.upsertPartnerKey(manager, {
        arrangementId,
        kid,
        alg,
        jwk: { ...jwk, kid },
        registeredBy: user.sub,
      });
      await this.audit(manager, user, 'mra-partner-key.registered', arrangementId, before && keyAnswer(before), {
        kid,
        alg,
        jwk: { ...jwk, kid },
      });
      return keyAnswer(key!);
    });
  }

  async retireKey(user: AuthenticatedUser, arrangementId: string, kid: string) {
    await this.arrangement(user, arrangementId);
    return this.dataSource.transaction(async (manager) => {
      const existing = await repo.findPartnerKey(manager, arrangementId, kid);
      if (!existing) throw new NotFoundException(`Partner key ${kid} not found on arrangement ${arrangementId}`);
      if (existing.retired_at) return keyAnswer(existing);
      const retired = await repo.retirePartnerKey(manager, arrangementId, kid, user.sub);
      await this.audit(manager, user, 'mra-partner-key.retired', arrangementId, { kid }, { kid, retired: true });
      return keyAnswer(retired!);
    });
  }

  /**
   * Imports one version of the partner's list: signature checked against the arrangement's
   * registered key, every row validated (all errors reported, nothing stored), the same body as
   * the last version answered with that version (nothing changes), otherwise rows bulk-loaded,
   * diffed and applied with their events in one transaction.
   */
  async import(user: AuthenticatedUser, arrangementId: string, upload: ListUpload) {
    const arrangement = await this.arrangement(user, arrangementId);
    if (!LIST_IMPORT_PHASES.includes(arrangement.phase))
      throw new ConflictException(
        `A partner list can be imported only in ${LIST_IMPORT_PHASES.join(', ')} (the arrangement is in ${arrangement.phase})`,
      );
    const kid = await this.verifySignature(arrangementId, upload);
    const bodySha256 = createHash('sha256').update(upload.body).digest('hex');
    const country = arrangement.partner_country;
    const parsed =
      upload.format === 'csv' ? await parseCsvList(country, upload.body) : parseJsonList(country, upload.body);
    if (parsed.errors.length)
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: `The list has ${parsed.moreErrors ? 'more than ' : ''}${parsed.errors.length} invalid row(s); nothing was imported`,
        rows: parsed.errors,
        moreErrors: parsed.moreErrors,
      });

    return this.dataSource.transaction(async (manager) => {
      await repo.lockListOfArrangement(manager, arrangementId);
      const latest = await repo.latestListVersion(manager, arrangementId);
      if (latest && latest.body_sha256 === bodySha256) return { ...versionAnswer(latest), alreadyImported: true };
      const version = (latest?.version ?? 0) + 1;
      const at = new Date();
      await repo.insertListVersion(manager, {
        arrangementId,
        version,
        format: upload.format,
        bodySha256,
        rowCount: parsed.rows.length,
        generatedAt: parsed.generatedAt,
        signatureKid: kid,
        importedBy: user.sub,
        importedAt: at,
      });
      await repo.copyListRows(manager, arrangementId, version, parsed.rows);
      const changes = await repo.diffAndApply(manager, arrangementId, version);
      const counts = {
        ...changes,
        unchanged: parsed.rows.length - changes.new - changes.changed - changes.suspended,
      };
      await repo.setListVersionCounts(manager, { arrangementId, version, ...counts });
      const key = { subject: arrangementId, aggregateId: arrangementId };
      await this.outbox.append(manager, MraPartnerListImported, {
        ...key,
        data: {
          arrangementId,
          partnerCountry: country,
          version,
          format: upload.format,
          rows: parsed.rows.length,
          counts,
          importedBy: user.sub,
          at: at.toISOString(),
        },
      });
      await this.publishChanges(manager, arrangementId, country, version);
      await this.audit(
        manager,
        user,
        'mra-partner-list.imported',
        arrangementId,
        latest && { version: latest.version },
        {
          version,
          format: upload.format,
          rows: parsed.rows.length,
          bodySha256,
          signatureKid: kid,
          counts,
        },
      );
      const stored = await repo.findListVersion(manager, arrangementId, version);
      return { ...versionAnswer(stored!), alreadyImported: false };
    });
  }

  async versions(user: AuthenticatedUser, arrangementId: string) {
    await this.arrangement(user, arrangementId);
    return (await repo.listListVersions(this.dataSource, arrangementId)).map(versionAnswer);
  }

  /** One version with its changes (paged by aeoId; the entries as they are now). */
  async version(user: AuthenticatedUser, arrangementId: string, version: number, after: string, limit: number) {
    await this.arrangement(user, arrangementId);
    const found = await repo.findListVersion(this.dataSource, arrangementId, version);
    if (!found) throw new NotFoundException(`Version ${version} of the partner list not found`);
    const changes = await repo.pageListChanges(this.dataSource, arrangementId, version, after, limit);
    return { ...versionAnswer(found), changes: changes.map(changeAnswer) };
  }

  async entries(user: AuthenticatedUser, arrangementId: string, status: string | null, after: string, limit: number) {
    await this.arrangement(user, arrangementId);
    const rows = await repo.pageEntries(this.dataSource, arrangementId, status, after, limit);
    return {
      entries: rows.map((row) => ({
        aeoId: row.aeo_id,
        normalisedId: row.normalised_id,
        name: row.name,
        address: row.address as Record<string, string>,
        statusType: row.status_type,
        partnerStatusType: row.partner_status_type,
        status: row.status,
        validFrom: row.valid_from,
        validUntil: row.valid_until,
        suspendedOn: row.suspended_on,
        revokedOn: row.revoked_on,
        lastChangedVersion: row.last_changed_version,
      })),
      next: rows.length === limit ? rows[rows.length - 1].aeo_id : null,
    };
  }

  private async verifySignature(arrangementId: string, upload: ListUpload): Promise<string> {
    let kid: string;
    try {
      kid = detachedJwsKid(upload.signature);
    } catch (error) {
      throw new BadRequestException((error as Error).message);
    }
    const key = await repo.findPartnerKey(this.dataSource, arrangementId, kid);
    if (!key || key.retired_at)
      throw new UnprocessableEntityException(
        `x-jws-signature: key ${kid} is not a registered, unretired partner key of this arrangement`,
      );
    try {
      await verifyDetached(upload.signature, upload.body, key.jwk as JWK, key.alg as PartnerKeyAlg);
    } catch {
      throw new UnprocessableEntityException(
        `x-jws-signature: the signature does not match the list's bytes with key ${kid}; nothing was imported`,
      );
    }
    return kid;
  }

  /** The version's changes as aeo.mra-foreign-aeos.changed.v1 events of at most CHANGES_PER_EVENT each. */
  private async publishChanges(manager: EntityManager, arrangementId: string, partnerCountry: string, version: number) {
    for (let after = ''; ;) {
      const page = await repo.pageListChanges(manager, arrangementId, version, after, CHANGES_PER_EVENT);
      if (!page.length) return;
      const data: EventData<typeof MraForeignAeosChanged> = {
        arrangementId,
        partnerCountry,
        version,
        changes: page.map((row) => {
          const change = changeAnswer(row);
          return { ...change, statusType: change.statusType as 'AEOC' | 'AEOS' | 'AEOF' };
        }),
      };
      await this.outbox.append(manager, MraForeignAeosChanged, {
        subject: arrangementId,
        aggregateId: arrangementId,
        data,
      });
      if (page.length < CHANGES_PER_EVENT) return;
      after = page[page.length - 1].aeo_id;
    }
  }

  private audit(
    manager: EntityManager,
    user: AuthenticatedUser,
    action: string,
    arrangementId: string,
    before: unknown,
    after: unknown,
  ) {
    return recordAudit(manager, {
      actor: { sub: user.sub, roles: user.roles },
      action,
      entityType: 'mra-arrangement',
      entityId: arrangementId,
      before: before ?? undefined,
      after,
      correlationId: currentCorrelationId(),
    });
  }
}

function changeAnswer(row: repo.ListChangeRow) {
  return {
    aeoId: row.aeo_id,
    normalisedId: row.normalised_id,
    change: row.change as 'new' | 'changed' | 'suspended' | 'removed',
    name: row.name,
    statusType: row.status_type,
    status: row.status as 'active' | 'suspended' | 'removed',
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import {
  BadRequestException,
  ConflictException,
  HttpException,
  Injectable,
  Logger,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type JWK, calculateJwkThumbprint } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthenticatedUser } from '@aeo/auth';
import { MraForeignAeosChanged, MraPartnerListImported, type EventData } from '@aeo/contracts';
import { OutboxWriter, type PreparedEvents } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { fieldBadRequest } from '@aeo/service-kit';
import { visibleArrangement } from '../arrangements/partner-scope';
import { type ListFormat, type PartnerListRow, parseCsvList, parseJsonList } from './partner-list-rows';
import { JWS_HEADER } from './partner-list.schemas';
import {
  type DetachedJwsHeader,
  type PartnerKeyAlg,
  detachedJwsHeader,
  partnerKeyAlg,
  verifyDetached,
} from './partner-list-signature';
import * as repo from './partner-lists.repository';

/**
 * Phases a partner list may be imported in: once the arrangement is implemented, and while it is
 * suspended too (the partner's suspensions and revocations must still reach us, so that the list is
 * current when recognition resumes); not before signing, nor once terminated.
 */
export const LIST_IMPORT_PHASES = ['implementation', 'operational', 'suspended'];
/** Changes per aeo.mra-foreign-aeos.changed.v1 event. */
export const CHANGES_PER_EVENT = 1000;
/**
 * Serialized bytes of the changes per event: the whole event (envelope and headers included) stays
 * well under Kafka's default 1 MB message limit.
 */
export const CHANGE_BYTES_PER_EVENT = 512 * 1024 - 4 * 1024;
/** Changes read per query while publishing. */
const CHANGES_PER_PAGE = 5000;
/** An import that changed this many entries refreshes the tables' statistics after its commit. */
const ANALYSE_AFTER_CHANGES = 1000;

/** Why a list without rows is refused: the partner's entries are never emptied by an upload. */
export const EMPTY_LIST =
  'The list has no rows; nothing was imported. A partner that withdraws every AEO says so to the MRA officer (the arrangement is suspended or terminated); an empty upload never removes the partner’s entries';

/** Issue times may run ahead of our clock by this much (clock skew), not more. */
const ISSUE_TIME_SKEW_MS = 5 * 60_000;

/** A list's issue time and the field it was read from. */
interface IssueTime {
  at: Date;
  field: 'generatedAt' | `${typeof JWS_HEADER} iat`;
}

/**
 * The list's issue time: its `generatedAt` (JSON), else the signature's protected header `iat`
 * (a CSV list has no field for it). One is required, and not in the future: each version must be
 * issued after the latest one, so that a replayed older list cannot roll the partner's list back.
 */
function issueTime(format: ListFormat, generatedAt: string | null, signedAt: Date | undefined): IssueTime {
  const issued: IssueTime | undefined = generatedAt
    ? { at: new Date(generatedAt), field: 'generatedAt' }
    : signedAt && { at: signedAt, field: `${JWS_HEADER} iat` };
  if (!issued)
    throw new UnprocessableEntityException(
      format === 'csv'
        ? `${JWS_HEADER} iat: a CSV list's issue time is the iat (seconds since 1970) of the signature's protected header, and it has none; nothing was imported`
        : `generatedAt: the list must carry its issue time; nothing was imported`,
    );
  if (issued.at.getTime() > Date.now() + ISSUE_TIME_SKEW_MS)
    throw new UnprocessableEntityException(`${issued.field}: ${issued.at.toISOString()} is in the future`);
  return issued;
}

/** Where a version's issue time came from: its JSON generatedAt, else (CSV) the signature's iat. */
const issuedAtSource = (generatedAt: Date | null): IssueTime['field'] =>
  generatedAt ? 'generatedAt' : `${JWS_HEADER} iat`;

/** Runs outside the caller's async context (request-scoped stores such as the Idempotency-Key's). */
const outsideRequestScope = AsyncLocalStorage.snapshot();

export interface ListUpload {
  format: ListFormat;
  body: Buffer;
  signature: string;
}

/** What a request brought: the list (as the body or a file part) and the signature, each possibly missing. */
export interface ListUploadRequest {
  list: { format: ListFormat; body: Buffer } | undefined;
  signature: string | undefined;
}

/** The upload, or 400 naming what is missing. */
function completeUpload({ list, signature }: ListUploadRequest): ListUpload {
  if (!list)
    throw fieldBadRequest(
      'file',
      'the list is required, as the request body (text/csv or application/json) or as a multipart part named file',
    );
  if (!signature) throw fieldBadRequest(JWS_HEADER, `the partner's detached signature is required`);
  return { ...list, signature };
}

/** 409 unless a list may be imported in the arrangement's phase. */
function assertImportPhase(phase: string): void {
  if (!LIST_IMPORT_PHASES.includes(phase))
    throw new ConflictException(
      `A partner list can be imported only in ${LIST_IMPORT_PHASES.join(', ')} (the arrangement is in ${phase})`,
    );
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
  issuedAt: row.issued_at,
  issuedAtSource: row.issued_at ? issuedAtSource(row.generated_at) : null,
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
  private readonly logger = new Logger(PartnerListsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The arrangement, if the caller may see it: a partner administration only its own country's (else 404). */
  async arrangement(user: AuthenticatedUser, arrangementId: string, runner = this.dataSource): Promise<Arrangement> {
    const found = await repo.findArrangementForList(runner, arrangementId);
    return visibleArrangement(user, arrangementId, found, (arrangement) => arrangement.partner_country);
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
    const thumbprint = await calculateJwkThumbprint(jwk, 'sha256');
    return this.dataSource.transaction(async (manager) => {
      await repo.lockPartnerKeyRegistrations(manager);
      const registered = await repo.findPartnerKeyByThumbprint(manager, thumbprint);
      if (registered && !(registered.arrangement_id === arrangementId && registered.kid === kid))
        throw new ConflictException(
          `jwk: this public key is already registered as kid ${registered.kid}${
            registered.arrangement_id === arrangementId ? '' : ` on arrangement ${registered.arrangement_id}`
          }${registered.retired_at ? ' (retired)' : ''}; a key is registered once, under one kid of one arrangement`,
        );
      const before = await repo.findPartnerKey(manager, arrangementId, kid);
      const key = await repo.upsertPartnerKey(manager, {
        arrangementId,
        kid,
        alg,
        jwk: { ...jwk, kid },
        thumbprint,
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
   * the last version answered with that version (nothing changes); an earlier version's body, or
   * a list not issued after the latest version, refused (409: a replay would roll the list back);
   * otherwise rows bulk-loaded, diffed and applied with their events in one transaction. Every
   * refusal that reaches the route is audited (who, why, the body's hash; not the rows): a missing
   * list or signature, an arrangement not found or not the caller's, and every refusal after; not
   * the refusals before the route (token, roles, body size, UTF-8, media type).
   */
  async import(user: AuthenticatedUser, arrangementId: string, request: ListUploadRequest) {
    const bodySha256 = request.list && createHash('sha256').update(request.list.body).digest('hex');
    try {
      const arrangement = await this.arrangement(user, arrangementId);
      const upload = completeUpload(request);
      const imported = await this.importVersion(user, arrangement, upload, bodySha256!);
      if (imported.changedRows >= ANALYSE_AFTER_CHANGES)
        void repo
          .analyseListTables(this.dataSource)
          .catch((error: Error) => this.logger.warn(`ANALYZE after a partner list import failed: ${error.message}`));
      return imported.answer;
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() < 500)
        await this.auditRefusal(user, arrangementId, request.list, bodySha256, error);
      throw error;
    }
  }

  private async importVersion(
    user: AuthenticatedUser,
    arrangement: Arrangement,
    upload: ListUpload,
    bodySha256: string,
  ): Promise<{ answer: ListVersion & { alreadyImported: boolean }; changedRows: number }> {
    const arrangementId = arrangement.id;
    assertImportPhase(arrangement.phase);
    const signature = await this.verifySignature(arrangementId, upload);
    const country = arrangement.partner_country;
    const parsed = upload.format === 'csv' ? parseCsvList(country, upload.body) : parseJsonList(country, upload.body);
    if (parsed.errors.length)
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: `The list has ${parsed.moreErrors ? 'more than ' : ''}${parsed.errors.length} invalid row(s); nothing was imported`,
        rows: parsed.errors,
        moreErrors: parsed.moreErrors,
      });
    if (!parsed.rows.length) throw new UnprocessableEntityException(EMPTY_LIST);
    const issued = issueTime(upload.format, parsed.generatedAt, signature.issuedAt);

    return this.dataSource.transaction(async (manager) => {
      await repo.lockListOfArrangement(manager, arrangementId);
      // Again under a share lock on the arrangement: a termination committed while the list was
      // verified and parsed is seen here, and one started now waits for this import's commit.
      assertImportPhase((await repo.lockArrangementForList(manager, arrangementId))!.phase);
      const latest = await repo.latestListVersion(manager, arrangementId);
      if (latest && latest.body_sha256 === bodySha256)
        return { answer: { ...versionAnswer(latest), alreadyImported: true }, changedRows: 0 };
      if (latest) await this.refuseOlderList(manager, latest, bodySha256, issued);
      const version = (latest?.version ?? 0) + 1;
      const at = new Date();
      await repo.insertListVersion(manager, {
        arrangementId,
        version,
        format: upload.format,
        bodySha256,
        rowCount: parsed.rows.length,
        generatedAt: parsed.generatedAt,
        issuedAt: issued.at,
        signatureKid: signature.kid,
        importedBy: user.sub,
        importedAt: at,
        body: upload.body,
        signature: upload.signature,
      });
      const first = await repo.isFirstList(manager, arrangementId);
      // A first list's events are built from its rows while they are copied (CPU here, the
      // database busy with the copy); a later version's are read back from its recorded changes.
      const [changes, firstListEvents] = first
        ? await Promise.all([
            repo.copyFirstList(manager, arrangementId, version, parsed.rows),
            this.firstListEvents(arrangementId, country, version, parsed.rows),
          ])
        : [await repo.diffAndApply(manager, arrangementId, version, parsed.rows), undefined];
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
      if (firstListEvents)
        for (const events of firstListEvents) await this.outbox.appendMany(manager, MraForeignAeosChanged, events);
      else await this.publishChanges(manager, arrangementId, country, version);
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
          issuedAt: issued.at.toISOString(),
          signatureKid: signature.kid,
          counts,
        },
      );
      const stored = await repo.findListVersion(manager, arrangementId, version);
      return {
        answer: { ...versionAnswer(stored!), alreadyImported: false },
        changedRows: changes.new + changes.changed + changes.suspended + changes.removed,
      };
    });
  }

  /** A replayed older list would roll the partner's list back: an earlier version's bytes, or an issue time not after the latest's. */
  private async refuseOlderList(
    manager: EntityManager,
    latest: repo.ListVersionRow,
    bodySha256: string,
    issued: IssueTime,
  ): Promise<void> {
    // The issue time decides, and refuses a replay (old bytes come with their old signature and
    // issue time). Only a latest version without one (a CSV imported before issue times were kept)
    // needs the bytes check: the same bytes signed again later are a new version otherwise.
    const earlier = latest.issued_at
      ? undefined
      : await repo.findListVersionByBody(manager, latest.arrangement_id, bodySha256);
    if (earlier)
      throw new ConflictException(
        `file: these are the exact bytes of version ${earlier.version} (imported ${earlier.imported_at.toISOString()}), older than the latest version ${latest.version}; an older list is never imported again`,
      );
    const latestIssue = latest.issued_at ?? latest.generated_at;
    if (latestIssue && issued.at.getTime() <= latestIssue.getTime())
      throw new ConflictException(
        `${issued.field}: the list was issued at ${issued.at.toISOString()}, not after the latest version ${latest.version} (issued at ${latestIssue.toISOString()}); an older list is never imported over a newer one`,
      );
  }

  /** A refused import, audited in its own transaction (the import's own rolled back), without its rows. */
  private async auditRefusal(
    user: AuthenticatedUser,
    arrangementId: string,
    list: ListUploadRequest['list'],
    bodySha256: string | undefined,
    error: HttpException,
  ): Promise<void> {
    const answer = error.getResponse() as string | { message?: unknown; rows?: unknown[] };
    const reason = typeof answer === 'string' ? answer : String(answer.message ?? error.message);
    const invalidRows = typeof answer === 'object' && Array.isArray(answer.rows) ? answer.rows.length : undefined;
    const correlationId = currentCorrelationId();
    try {
      // Outside the request's Idempotency-Key scope: a refusal changes nothing, the key stays free for a retry.
      await outsideRequestScope(() =>
        this.dataSource.transaction((manager) =>
          recordAudit(manager, {
            actor: { sub: user.sub, roles: user.roles },
            action: 'mra-partner-list.refused',
            entityType: 'mra-arrangement',
            entityId: arrangementId,
            after: {
              format: list?.format ?? null,
              bodySha256: bodySha256 ?? null,
              bytes: list?.body.length ?? null,
              status: error.getStatus(),
              invalidRows,
            },
            reason,
            correlationId,
          }),
        ),
      );
    } catch (auditError) {
      this.logger.error(
        `The refused partner list import of ${arrangementId} was not audited: ${(auditError as Error).message}`,
      );
    }
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

  private async verifySignature(arrangementId: string, upload: ListUpload): Promise<DetachedJwsHeader> {
    let header: DetachedJwsHeader;
    try {
      header = detachedJwsHeader(upload.signature);
    } catch (error) {
      throw new BadRequestException((error as Error).message);
    }
    const { kid } = header;
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
    return header;
  }

  /**
   * A later version's changes as aeo.mra-foreign-aeos.changed.v1 events of at most
   * CHANGES_PER_EVENT changes and CHANGE_BYTES_PER_EVENT bytes of them each (long names would
   * otherwise pass Kafka's message limit), appended to the outbox a page of changes at a time.
   */
  private async publishChanges(manager: EntityManager, arrangementId: string, partnerCountry: string, version: number) {
    const events = new ChangeEvents();
    for await (const { changes, last } of this.changePages(manager, arrangementId, version)) {
      changes.forEach((change) => events.add(change));
      const full = events.take(last);
      if (full.length)
        await this.outbox.appendMany(
          manager,
          MraForeignAeosChanged,
          changeEvents(arrangementId, partnerCountry, version, full),
        );
    }
  }

  /**
   * A first list's events (every row new), cut as publishChanges cuts them and validated for the
   * outbox a page at a time, yielding to the event loop between pages so that the copy of the
   * same rows, running on the transaction's connection meanwhile, keeps streaming.
   */
  private async firstListEvents(
    arrangementId: string,
    partnerCountry: string,
    version: number,
    rows: PartnerListRow[],
  ) {
    const events = new ChangeEvents();
    const prepared: PreparedEvents<typeof MraForeignAeosChanged>[] = [];
    for (const { changes, last } of newChangePages(rows)) {
      await setImmediate();
      changes.forEach((change) => events.add(change));
      const full = events.take(last);
      if (full.length)
        prepared.push(
          this.outbox.prepareMany(MraForeignAeosChanged, changeEvents(arrangementId, partnerCountry, version, full)),
        );
    }
    return prepared;
  }

  /** The version's changes as recorded, with the entries as they are now, by aeoId. */
  private async *changePages(manager: EntityManager, arrangementId: string, version: number) {
    for (let after = ''; ;) {
      const page = await repo.pageListChanges(manager, arrangementId, version, after, CHANGES_PER_PAGE);
      yield { changes: page.map(changeAnswer), last: page.length < CHANGES_PER_PAGE };
      if (page.length < CHANGES_PER_PAGE) return;
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

type Change = EventData<typeof MraForeignAeosChanged>['changes'][number];

/** One aeo.mra-foreign-aeos.changed.v1 event per cut of changes, keyed by the arrangement. */
const changeEvents = (arrangementId: string, partnerCountry: string, version: number, cuts: Change[][]) =>
  cuts.map((changes) => ({
    subject: arrangementId,
    aggregateId: arrangementId,
    data: { arrangementId, partnerCountry, version, changes },
  }));

/** Changes cut into events by count and by their serialized size. */
export class ChangeEvents {
  private readonly done: Change[][] = [];
  private current: Change[] = [];
  private bytes = 0;

  add(change: Change): void {
    // The relay sends the outbox's jsonb as text, which spaces every key (`"k": v, `): counted too.
    const size = Buffer.byteLength(JSON.stringify(change)) + 2 * Object.keys(change).length + 2;
    if (
      this.current.length === CHANGES_PER_EVENT ||
      (this.current.length && this.bytes + size > CHANGE_BYTES_PER_EVENT)
    )
      this.cut();
    this.current.push(change);
    this.bytes += size;
  }

  /** The events complete so far, and with `last` the one in progress too. */
  take(last: boolean): Change[][] {
    if (last && this.current.length) this.cut();
    return this.done.splice(0);
  }

  private cut(): void {
    this.done.push(this.current);
    this.current = [];
    this.bytes = 0;
  }
}

/**
 * A first list's changes (every row new, the entries as the rows were written), by aeoId in
 * UTF-16 code unit order. A later version's changes are read back in the database's collation
 * order (changePages, as `GET …/partner-lists/{version}` pages them), which may differ for ids with
 * punctuation: events promise each change once per version, never an order or a cut.
 */
function* newChangePages(rows: PartnerListRow[]) {
  const sorted = [...rows].sort((a, b) => (a.aeoId < b.aeoId ? -1 : a.aeoId > b.aeoId ? 1 : 0));
  for (let from = 0; from < sorted.length; from += CHANGES_PER_PAGE)
    yield {
      changes: sorted.slice(from, from + CHANGES_PER_PAGE).map((row): Change => ({
        aeoId: row.aeoId,
        normalisedId: row.normalisedId,
        change: 'new',
        name: row.name,
        statusType: row.statusType,
        status: row.status,
        validFrom: row.validFrom,
        validUntil: row.validUntil,
      })),
      last: from + CHANGES_PER_PAGE >= sorted.length,
    };
}

function changeAnswer(row: repo.ListChangeRow): Change {
  return {
    aeoId: row.aeo_id,
    normalisedId: row.normalised_id,
    change: row.change as 'new' | 'changed' | 'suspended' | 'removed',
    name: row.name,
    statusType: row.status_type as Change['statusType'],
    status: row.status as Change['status'],
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
}

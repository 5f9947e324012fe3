import { randomUUID, createHash } from 'node:crypto';
import {
  CallHandler,
  ConflictException,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  NestInterceptor,
  OnApplicationShutdown,
  OnModuleInit,
  SetMetadata,
  StreamableFile,
  UnprocessableEntityException,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { ModuleRef, Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { from, Observable, lastValueFrom } from 'rxjs';
import type { DataSource } from 'typeorm';
import { headerLines } from '@aeo/auth';
import { APP_CONFIG, PlatformEnv } from '@aeo/config';
import {
  IdempotencyScope,
  requestHash,
  runSql,
  runSqlCounted,
  runSqlOne,
  runWithIdempotencyKey,
} from '@aeo/persistence';
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  purgeExpiredIdempotencyKeys,
  purgeLapsedHumanStepClaims,
  releaseIdempotencyKey,
  storeIdempotentAnswer,
  storeRebuiltAnswer,
} from './idempotency.queries';
import { fieldBadRequest } from './bad-request';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
const AFTER_UPLOAD = 'aeo:idempotency-after-upload';
const REBUILD = 'aeo:idempotency-rebuild';
const SHOWN_ONCE = 'aeo:idempotency-answer-shown-once';
const PURGE_EVERY_MS = 60 * 60 * 1000;
/** Rows deleted by one purge statement, so a backlog never becomes one long transaction. */
const PURGE_BATCH = 1000;

type UploadedFileLike = { fieldname: string; originalname: string; mimetype: string; buffer?: Buffer };
type UploadedFiles = { file?: UploadedFileLike; files?: UploadedFileLike[] | Record<string, UploadedFileLike[]> };
type IdempotentRequest = Request & UploadedFiles & { user?: { sub: string } };

/** Rebuilds the answer of a request whose effect committed but whose answer was lost (a crash in between). */
export type LostAnswerRebuilder = (
  moduleRef: ModuleRef,
  request: IdempotentRequest,
  resource: string | null,
) => Promise<unknown>;

/**
 * A creating POST whose body is parsed by a route interceptor (multipart uploads): put this
 * decorator ABOVE `@UseInterceptors(FileInterceptor(...))`, so the key is checked against the
 * file's content too.
 */
export const IdempotentUpload = () =>
  applyDecorators(SetMetadata(AFTER_UPLOAD, true), UseInterceptors(UploadIdempotencyInterceptor));

/** How a replay rebuilds the answer after a crash between the commit and the answer. */
export const RebuildsLostAnswer = (rebuild: LostAnswerRebuilder) => SetMetadata(REBUILD, rebuild);

/** Marks a person's step taken once (libs/persistence `takeHumanStepOnce`, `takeHumanStepThroughWorkflow`), so its OpenAPI operation states the rule. */
export const HUMAN_STEP_EXTENSION = 'x-human-step';
export const HumanStep = () => ApiExtension(HUMAN_STEP_EXTENSION, true);
export const HUMAN_STEP_NOTE =
  'A step taken once: the same request again answers the same status and body as the first time and changes or signals nothing more; a different request for a step already taken (another body, or the same body from another person) answers 409 saying what was done, when and by whom. A step handed to the workflow as an update answers 409 while another request for it is in progress, and 503 when the workflow did not answer in time (the same request may be repeated after IDEMPOTENCY_KEY_LEASE_S).';

/** An answer that shows a secret once is never stored: a retry with the key gets 409 naming the record it created. */
export const AnswerShownOnce = () => SetMetadata(SHOWN_ONCE, true);

/**
 * `Idempotency-Key` on every POST and PATCH (IETF httpapi idempotency-key draft), given once, per
 * principal (token `sub`): the first request claims the key; its effect's transaction marks the key committed (the
 * outbox and audit writers do it, so a crash after the commit cannot lose it); its answer is
 * stored. The same key with the same request gets the stored answer again with
 * `Idempotent-Replayed: true`; with a different request 422; while the first is in progress 409.
 * Keys are kept IDEMPOTENCY_KEY_RETENTION_HOURS.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleInit, OnApplicationShutdown {
  protected readonly routeLevel: boolean = false;
  private readonly logger = new Logger('Idempotency');
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: PlatformEnv,
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    if (this.routeLevel) return;
    const purge = (): void =>
      void this.purgeExpired().catch((error: Error) =>
        this.logger.warn(`Purging expired idempotency keys failed: ${error.message}`),
      );
    // At boot too: a service restarted more often than hourly would otherwise never purge.
    purge();
    this.purgeTimer = setInterval(purge, PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
  }

  /**
   * Deletes expired idempotency keys, and the claims of human steps whose lease ended without an
   * answer (`human_steps` rows in state `pending`; the same request may claim the step again). A
   * step taken (`done`) is the record of what a person decided and is kept, like the audit trail.
   * In batches of PURGE_BATCH rows, each its own short statement, counting rather than returning rows.
   */
  async purgeExpired(): Promise<number> {
    let purged = 0;
    for (;;) {
      const { count: n } = await runSqlCounted(purgeExpiredIdempotencyKeys, { batch: PURGE_BATCH }, this.dataSource);
      purged += n;
      if (n < PURGE_BATCH) break;
    }
    for (;;) {
      const { count: n } = await runSqlCounted(
        purgeLapsedHumanStepClaims,
        { batch: PURGE_BATCH, leaseSeconds: this.config.IDEMPOTENCY_KEY_LEASE_S },
        this.dataSource,
      );
      purged += n;
      if (n < PURGE_BATCH) break;
    }
    return purged;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const header = request.headers['idempotency-key'];
    const afterUpload = this.reflector.get<boolean>(AFTER_UPLOAD, context.getHandler()) === true;
    if (!KEYED_METHODS.has(request.method) || header === undefined || afterUpload !== this.routeLevel)
      return next.handle();
    return from(this.handle(context, next, request, validKey(header, request.rawHeaders)));
  }

  private async handle(
    context: ExecutionContext,
    next: CallHandler,
    request: IdempotentRequest,
    key: string,
  ): Promise<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    const principal = request.user?.sub ?? 'anonymous';
    const path = request.originalUrl;
    const hash = requestHash(requestFingerprint(request));
    const claim = randomUUID();
    // Claimed when the key is new, expired, or left unfinished by the same request past its lease.
    const claimed = await runSql(
      claimIdempotencyKey,
      {
        principal,
        key,
        requestHash: hash,
        method: request.method,
        path,
        claim,
        retentionHours: this.config.IDEMPOTENCY_KEY_RETENTION_HOURS,
        leaseSeconds: this.config.IDEMPOTENCY_KEY_LEASE_S,
      },
      this.dataSource,
    );
    if (claimed.length === 0) return this.answerRepeat(context, request, response, principal, key, hash);

    const scope: IdempotencyScope = { principal, key, claim };
    let body: unknown;
    try {
      body = await runWithIdempotencyKey(scope, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
    } catch (error) {
      // Nothing committed: the key is free again for a retry. Something committed: a retry rebuilds the answer.
      await runSql(releaseIdempotencyKey, { principal, key, claim }, this.dataSource).catch(() => undefined);
      throw error;
    }
    if (!(body instanceof StreamableFile) && this.reflector.get<boolean>(SHOWN_ONCE, context.getHandler()) !== true) {
      await runSql(
        storeIdempotentAnswer,
        {
          principal,
          key,
          claim,
          responseStatus: statusOf(this.reflector, context),
          responseBody: body === undefined ? null : JSON.stringify(body),
        },
        this.dataSource,
      ).catch((error: Error) =>
        this.logger.warn(
          `The answer of ${request.method} ${path} (Idempotency-Key ${key}) was not stored: ${error.message}`,
        ),
      );
    }
    return body;
  }

  private async answerRepeat(
    context: ExecutionContext,
    request: IdempotentRequest,
    response: Response,
    principal: string,
    key: string,
    hash: string,
  ): Promise<unknown> {
    const stored = await runSqlOne(findIdempotencyKey, { principal, key }, this.dataSource);
    if (!stored)
      throw new ConflictException(`A request with ${IDEMPOTENCY_KEY_HEADER} "${key}" is in progress; retry shortly`);
    if (stored.request_hash !== hash) {
      throw new UnprocessableEntityException(
        `${IDEMPOTENCY_KEY_HEADER} "${key}" was used for a different request (${stored.method} ${stored.path}); use a new key for a new request`,
      );
    }
    if (stored.response_status !== null) {
      response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
      return stored.response_body;
    }
    if (stored.committed_at === null)
      throw new ConflictException(`A request with ${IDEMPOTENCY_KEY_HEADER} "${key}" is in progress; retry shortly`);
    if (this.reflector.get<boolean>(SHOWN_ONCE, context.getHandler()) === true) {
      throw new ConflictException(
        `The request with ${IDEMPOTENCY_KEY_HEADER} "${key}" created record ${stored.resource} on ${new Date(stored.committed_at).toISOString()}; its answer showed a secret once and is not kept`,
      );
    }
    const rebuild = this.reflector.get<LostAnswerRebuilder | undefined>(REBUILD, context.getHandler());
    if (!rebuild) {
      throw new ConflictException(
        `The request with ${IDEMPOTENCY_KEY_HEADER} "${key}" was applied on ${new Date(stored.committed_at).toISOString()}${stored.resource ? ` (record ${stored.resource})` : ''} but its answer was lost; read the record instead of retrying`,
      );
    }
    const body = await rebuild(this.moduleRef, request, stored.resource);
    await runSql(
      storeRebuiltAnswer,
      {
        principal,
        key,
        responseStatus: statusOf(this.reflector, context),
        responseBody: body === undefined ? null : JSON.stringify(body),
      },
      this.dataSource,
    );
    response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return body;
  }
}

/** The same check, run after a route's upload interceptor has parsed the multipart body. */
@Injectable()
export class UploadIdempotencyInterceptor extends IdempotencyInterceptor {
  protected override readonly routeLevel: boolean = true;
}

/** What a key is honoured on: a creating POST, and a PATCH (a change retried after a lost answer is applied once). */
const KEYED_METHODS = new Set(['POST', 'PATCH']);

function validKey(header: string | string[], rawHeaders: string[]): string {
  // Node joins repeated headers as "a, b": counted in the raw header lines, a key sent twice is refused rather than merged.
  if (headerLines(rawHeaders, 'idempotency-key') > 1 || Array.isArray(header))
    throw fieldBadRequest(IDEMPOTENCY_KEY_HEADER, 'must be given once (one header)');
  const raw = header;
  // The draft defines the value as a structured-field string ("..."); a bare token is accepted too.
  const key = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  if (!/^[\x20-\x7e]{1,255}$/.test(key))
    throw fieldBadRequest(IDEMPOTENCY_KEY_HEADER, `must be one value of 1 to 255 printable ASCII characters`);
  return key;
}

/**
 * What a request is compared by when its key is used again: method, path, body and files. Raw
 * bytes (a partner list of up to 64 MB sent as `text/csv`, an uploaded file) count by their
 * SHA-256 and length, never serialised whole.
 */
export function requestFingerprint(request: UploadedFiles & { method: string; originalUrl: string; body?: unknown }): {
  method: string;
  path: string;
  body: unknown;
  files: unknown;
} {
  const body: unknown = request.body ?? null;
  return {
    method: request.method,
    path: request.originalUrl,
    body: Buffer.isBuffer(body) ? { sha256: sha256(body), bytes: body.length } : body,
    files: filesOf(request),
  };
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function filesOf(request: UploadedFiles): unknown {
  const files = request.file
    ? [request.file]
    : Array.isArray(request.files)
      ? request.files
      : Object.values(request.files ?? {}).flat();
  return files.map((file) => ({
    field: file.fieldname,
    name: file.originalname,
    type: file.mimetype,
    sha256: file.buffer ? sha256(file.buffer) : null,
  }));
}

/** The route's status: its @HttpCode, else Nest's default (201 for a POST, 200 otherwise). */
function statusOf(reflector: Reflector, context: ExecutionContext): number {
  const method = context.switchToHttp().getRequest<Request>().method;
  return reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? (method === 'POST' ? 201 : 200);
}

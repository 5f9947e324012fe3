import {
  applyDecorators,
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  type NestInterceptor,
  Optional,
  PayloadTooLargeException,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor, type MulterModuleOptions } from '@nestjs/platform-express';
// Not exported by the package's index: the token FileInterceptor reads the module's options by.
import { MULTER_MODULE_OPTIONS } from '@nestjs/platform-express/multer/files.constants';
import { type Observable, catchError, throwError } from 'rxjs';
import { APP_CONFIG } from '@aeo/config';
import { fieldBadRequest } from './bad-request';

/** What an upload route reads: one multipart file part, what it holds, and the most it accepts. */
export interface UploadPart<C = never> {
  /** The part's name. */
  part: string;
  /** What the part holds, in the messages: "the list", "the document". */
  holds: string;
  /** The most the route accepts, in words ("64 MB"), or from the service's config. */
  maxSize: string | ((config: C) => string);
}

/**
 * The route takes one file, the multipart part `upload.part` (multer's `FileInterceptor`, with
 * `multerOptions` over the module's own), and answers multer's refusals in the platform's words,
 * naming the part, field or limit (multer says "File too large", "Unexpected file field - list",
 * "Too many files", "Too many fields", "Field value too long - questionId", "Too many parts"), or
 * the body for a form that cannot be read (busboy says "Unexpected end of form").
 */
export function uploadedFile<C = never>(upload: UploadPart<C>, multerOptions: MulterModuleOptions = {}) {
  // Listed first, so that it wraps the FileInterceptor.
  return applyDecorators(
    UseInterceptors(uploadErrors(upload, multerOptions), FileInterceptor(upload.part, multerOptions)),
  );
}

type Limits = NonNullable<MulterModuleOptions['limits']>;

/** What a form field may hold when the limits do not say (busboy's default). */
const DEFAULT_FIELD_SIZE = 1024 * 1024;
/** The parts of a form when the limits do not say (Nest's default, `DEFAULT_PARTS_LIMIT`). */
const DEFAULT_PARTS = 1000;

function uploadErrors<C>(upload: UploadPart<C>, multerOptions: MulterModuleOptions) {
  @Injectable()
  class UploadErrors implements NestInterceptor {
    private readonly maxSize: string;
    private readonly limits: Limits;

    constructor(
      @Optional() @Inject(APP_CONFIG) config?: C,
      @Optional() @Inject(MULTER_MODULE_OPTIONS) moduleOptions?: MulterModuleOptions,
    ) {
      this.maxSize =
        typeof upload.maxSize === 'string' ? upload.maxSize : upload.maxSize(config ?? unconfigured(upload.part));
      // As FileInterceptor merges them: the route's own limits, if any, replace the module's.
      this.limits = multerOptions.limits ?? moduleOptions?.limits ?? {};
    }

    intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return next
        .handle()
        .pipe(
          catchError((error: unknown) => throwError(() => uploadRefusal(error, upload, this.maxSize, this.limits))),
        );
    }
  }
  return UploadErrors;
}

function unconfigured(part: string): never {
  throw new Error(`uploadedFile(${part}): maxSize reads the config, but no APP_CONFIG is provided`);
}

/** Multer's refusal as a 4xx naming the part, field or limit; any other error as it is. */
function uploadRefusal(error: unknown, upload: Omit<UploadPart, 'maxSize'>, maxSize: string, limits: Limits): unknown {
  if (!(error instanceof HttpException)) return error;
  const { part, holds } = upload;
  const message = error.message;
  if (error instanceof PayloadTooLargeException && message === 'File too large')
    return new PayloadTooLargeException(`${part}: larger than ${maxSize}, the most this route accepts`);
  if (!(error instanceof BadRequestException)) return error;
  const sendAs = `send ${holds} as one multipart part named ${part}`;
  const unexpected = /^Unexpected (?:file )?field(?: - (.*))?$/.exec(message);
  if (unexpected) return fieldBadRequest(part, `${sendAs} (got a file part named ${unexpected[1] ?? 'otherwise'})`);
  if (message.startsWith('Too many files')) return fieldBadRequest(part, `${sendAs} (got more than one file part)`);
  if (message === 'Too many fields') return fieldBadRequest('body', moreThan(limits.fields, 'form fields'));
  if (message === 'Too many parts')
    return fieldBadRequest('body', moreThan(limits.parts ?? DEFAULT_PARTS, 'multipart parts (fields and files)'));
  const malformed = MALFORMED_FORM.get(message);
  if (malformed) return fieldBadRequest('body', malformed);
  const tooLong = /^Field value too long(?: - (.*))?$/.exec(message);
  if (tooLong)
    return fieldBadRequest(
      tooLong[1] ?? 'body',
      `longer than ${limits.fieldSize ?? DEFAULT_FIELD_SIZE} bytes, the most a form field holds on this route`,
    );
  return error;
}

/**
 * busboy's refusals of a form it cannot read, as Nest words them. Which part was being read is not
 * known (a text field is reported only once whole), so they name the body.
 */
const MALFORMED_FORM: ReadonlyMap<string, string> = new Map([
  ['Multipart: Unexpected end of form', 'the multipart form ends before its closing boundary'],
  ['Multipart: Unexpected end of file', 'the multipart form ends before its closing boundary'],
  ['Multipart: Malformed part header', 'a part of the multipart form has a malformed header'],
  ['Multipart: Boundary not found', 'the Content-Type multipart/form-data has no boundary parameter'],
]);

const moreThan = (limit: number | undefined, what: string) =>
  limit === undefined
    ? `more ${what} than this route accepts`
    : `more than ${limit} ${what}, the most this route accepts`;

import { MIMEType } from 'node:util';
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
import type { Request } from 'express';
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
 * the body for a form that cannot be read (busboy says "Unexpected end of form"), or whose
 * Content-Type has no boundary RFC 2046 allows (multipartBoundaryProblem).
 */
export function uploadedFile<C = never>(upload: UploadPart<C>, multerOptions: MulterModuleOptions = {}) {
  // uploadErrors listed first, so that it wraps the FileInterceptor; FormRead after it, to see what multer did.
  return applyDecorators(
    UseInterceptors(uploadErrors(upload, multerOptions), FileInterceptor(upload.part, multerOptions), FormRead),
  );
}

/** RFC 2046 section 5.1.1: a boundary is 1 to 70 of these characters (bchars), and does not end in a space. */
const BOUNDARY_CHARACTER = /^[0-9A-Za-z'()+_,\-./:=? ]$/;
const BOUNDARY_MAX_LENGTH = 70;
const BOUNDARY_RULE = `RFC 2046 allows 1 to ${BOUNDARY_MAX_LENGTH} letters, digits, spaces and '()+_,-./:=?, not ending in a space`;
const BOUNDARY = "the Content-Type's multipart boundary";
const BOUNDARY_MISSING = `${BOUNDARY} is missing: send multipart/form-data; boundary=... (${BOUNDARY_RULE})`;

/**
 * What is wrong with the boundary of a multipart/form-data Content-Type (read by Node's MIMEType
 * parser), if anything; undefined for another media type. busboy reads a form by a boundary RFC
 * 2046 forbids (empty, over 70 characters, ending in a space, with an `@`), and multer skips a form
 * whose Content-Type it cannot parse (`boundary=`, an unquoted `@`) as if there were none: the
 * route would then answer that it got no body or no file.
 */
function multipartBoundaryProblem(contentType: string | undefined): string | undefined {
  let mediaType: MIMEType;
  try {
    mediaType = new MIMEType(contentType ?? '');
  } catch {
    // Not even a media type; FormRead refuses it if multer could not read the form.
    return undefined;
  }
  if (mediaType.essence !== 'multipart/form-data') return undefined;
  const boundary = mediaType.params.get('boundary');
  if (boundary === null) return BOUNDARY_MISSING;
  if (boundary === '') return `${BOUNDARY} is empty (${BOUNDARY_RULE})`;
  if (boundary.length > BOUNDARY_MAX_LENGTH)
    return `${BOUNDARY} is ${boundary.length} characters long (${BOUNDARY_RULE})`;
  const forbidden = [...new Set(boundary)].filter((character) => !BOUNDARY_CHARACTER.test(character));
  if (forbidden.length)
    return `${BOUNDARY} is malformed: ${forbidden.map((character) => JSON.stringify(character)).join(', ')} not allowed (${BOUNDARY_RULE})`;
  if (boundary.endsWith(' ')) return `${BOUNDARY} is malformed: it ends in a space (${BOUNDARY_RULE})`;
  return undefined;
}

/**
 * After multer: a multipart/form-data body multer left unread (it skips a Content-Type whose
 * parameters it cannot parse, `boundary=x;` say) is refused rather than handed to the route as a
 * request without its file.
 */
@Injectable()
class FormRead implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    // request.is needs a body, and reads the Content-Type more leniently than multer does.
    if (request.body === undefined && request.is('multipart/form-data'))
      throw fieldBadRequest(
        'body',
        `${BOUNDARY} cannot be read: its parameters are malformed (RFC 9110: ; name=token or ; name="quoted string")`,
      );
    return next.handle();
  }
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

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
      const request = context.switchToHttp().getRequest<Request>();
      // Before multer reads a byte of the body.
      const boundaryProblem = request.is('multipart/form-data')
        ? multipartBoundaryProblem(request.headers['content-type'])
        : undefined;
      if (boundaryProblem) throw fieldBadRequest('body', boundaryProblem);
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
  ['Multipart: Boundary not found', BOUNDARY_MISSING],
]);

const moreThan = (limit: number | undefined, what: string) =>
  limit === undefined
    ? `more ${what} than this route accepts`
    : `more than ${limit} ${what}, the most this route accepts`;

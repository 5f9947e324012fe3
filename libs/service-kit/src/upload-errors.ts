import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  type NestInterceptor,
  Optional,
  PayloadTooLargeException,
} from '@nestjs/common';
import { type Observable, catchError, throwError } from 'rxjs';
import { APP_CONFIG } from '@aeo/config';
import { fieldBadRequest } from './bad-request';

/** What an upload route reads: one multipart file part, what it holds, and the most it accepts. */
export interface UploadPart<C = never> {
  /** The part's name, as given to `FileInterceptor`. */
  part: string;
  /** What the part holds, in the messages: "the list", "the document". */
  holds: string;
  /** The most the route accepts, in words ("64 MB"), or from the service's config. */
  maxSize: string | ((config: C) => string);
}

/**
 * Multer's refusals of a multipart upload in the platform's words, naming the file part and the
 * limit (multer says "File too large", "Unexpected file field - list", "Too many files"). Listed
 * before the FileInterceptor, so that it wraps it:
 * `@UseInterceptors(uploadErrors({ part: 'file', holds: 'the list', maxSize: '64 MB' }), FileInterceptor('file', ...))`.
 */
export function uploadErrors<C = never>(upload: UploadPart<C>): new (config?: C) => NestInterceptor {
  @Injectable()
  class UploadErrors implements NestInterceptor {
    private readonly maxSize: string;

    constructor(@Optional() @Inject(APP_CONFIG) config?: C) {
      this.maxSize =
        typeof upload.maxSize === 'string' ? upload.maxSize : upload.maxSize(config ?? unconfigured(upload.part));
    }

    intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return next
        .handle()
        .pipe(catchError((error: unknown) => throwError(() => uploadRefusal(error, upload, this.maxSize))));
    }
  }
  return UploadErrors;
}

function unconfigured(part: string): never {
  throw new Error(`uploadErrors(${part}): maxSize reads the config, but no APP_CONFIG is provided`);
}

/** Multer's refusal as a 4xx naming the part; any other error as it is. */
export function uploadRefusal(error: unknown, upload: Omit<UploadPart, 'maxSize'>, maxSize: string): unknown {
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
  return error;
}

import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { type Observable, catchError, throwError } from 'rxjs';
import { fieldBadRequest } from '@aeo/service-kit';

/**
 * Multer's refusals of a multipart list in the platform's words, naming the `file` part and the
 * limit (multer says "File too large", "Unexpected file field - list", "Too many files"). Listed
 * before the FileInterceptor, so that it wraps it.
 */
export function listUploadErrors(maxBytes: string): new () => NestInterceptor {
  @Injectable()
  class ListUploadErrors implements NestInterceptor {
    intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return next.handle().pipe(catchError((error: unknown) => throwError(() => inOurWords(error, maxBytes))));
    }
  }
  return ListUploadErrors;
}

function inOurWords(error: unknown, maxBytes: string): unknown {
  if (!(error instanceof HttpException)) return error;
  const message = error.message;
  if (error instanceof PayloadTooLargeException && message === 'File too large')
    return new PayloadTooLargeException(`file: larger than ${maxBytes}, the most this route accepts`);
  if (!(error instanceof BadRequestException)) return error;
  const unexpected = /^Unexpected (?:file )?field(?: - (.*))?$/.exec(message);
  if (unexpected)
    return fieldBadRequest(
      'file',
      `send the list as one multipart part named file (got a file part named ${unexpected[1] ?? 'otherwise'})`,
    );
  if (message.startsWith('Too many files'))
    return fieldBadRequest('file', 'send the list as one multipart part named file (got more than one file part)');
  return error;
}

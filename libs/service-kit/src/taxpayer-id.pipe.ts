import { Inject, Injectable, PipeTransform, Type, mixin } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import { programmeTaxpayerId } from '@aeo/contracts';
import { issuesBadRequest } from './bad-request';

/**
 * A check of the named fields of a path, a query or a body against the programme's taxpayer id
 * format (`TAXPAYER_ID_PATTERN`): the values pass as they are, or a 400 names the first field
 * that breaks it, with each of its issues. The id is checked exactly as sent (not trimmed): a
 * schema that trims its field has done so before.
 */
export function taxpayerIdCheck(pattern: string, fields: readonly string[]): <T>(values: T) => T {
  const format = programmeTaxpayerId(pattern, { trim: false });
  return (values) => {
    for (const field of fields) {
      const taxpayerId = (values as Partial<Record<string, unknown>> | undefined)?.[field];
      if (taxpayerId === undefined) continue;
      const checked = format.safeParse(taxpayerId);
      if (!checked.success) throw issuesBadRequest(checked.error.issues.map((issue) => `${field}: ${issue.message}`));
    }
    return values;
  };
}

const pipesByFields = new Map<string, Type<PipeTransform>>();

/**
 * The pipe of every route that takes a taxpayer id, after the validation pipe:
 * `@Param(TaxpayerIdPipe('taxpayerId')) params: SomeParams`,
 * `@Body(TaxpayerIdPipe('taxpayerId', 'replacing')) body: SomeDto`. An id such as `5034567/../`
 * (sent as `%2F..%2F`), `abc` or one with a hidden character is refused (400 naming the field, e.g.
 * `taxpayerId: does not match the programme's format ^[0-9]{7}$`) before any look-up, instead of
 * answering 404 or nothing found with it.
 */
export function TaxpayerIdPipe(...fields: [string, ...string[]]): Type<PipeTransform> {
  const key = fields.join(',');
  const known = pipesByFields.get(key);
  if (known) return known;
  @Injectable()
  class TaxpayerIdFieldsPipe implements PipeTransform {
    readonly transform: <T>(values: T) => T;

    constructor(@Inject(APP_CONFIG) config: { TAXPAYER_ID_PATTERN: string }) {
      this.transform = taxpayerIdCheck(config.TAXPAYER_ID_PATTERN, fields);
    }
  }
  const pipe = mixin(TaxpayerIdFieldsPipe);
  pipesByFields.set(key, pipe);
  return pipe;
}

import { Inject, Injectable, PipeTransform } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import { programmeTaxpayerId } from '@aeo/contracts';
import { fieldBadRequest } from '@aeo/service-kit';

/** The fields that hold a taxpayer id: a path's or a body's `taxpayerId`, a choice's `replacing`. */
const TAXPAYER_ID_FIELDS = ['taxpayerId', 'replacing'] as const;

/**
 * The taxpayer ids of a path or a body in the programme's format (`TAXPAYER_ID_PATTERN`, the one
 * applications and the risk engine read), else 400 naming the field: an id such as `5034567/../`
 * (sent as `%2F..%2F`) or one with a hidden character is refused before any look-up instead of
 * answering 404 with it. Used after the validation pipe on every pilot route that takes one:
 * `@Param(TaxpayerIdPipe) params: SomeParams`, `@Body(TaxpayerIdPipe) body: SomeDto`.
 */
@Injectable()
export class TaxpayerIdPipe implements PipeTransform {
  private readonly format: ReturnType<typeof programmeTaxpayerId>;

  constructor(@Inject(APP_CONFIG) config: { TAXPAYER_ID_PATTERN: string }) {
    this.format = programmeTaxpayerId(config.TAXPAYER_ID_PATTERN, { trim: false });
  }

  transform<T>(values: T): T {
    for (const field of TAXPAYER_ID_FIELDS) {
      const taxpayerId = (values as Partial<Record<string, unknown>> | undefined)?.[field];
      if (taxpayerId === undefined) continue;
      const checked = this.format.safeParse(taxpayerId);
      if (!checked.success) throw fieldBadRequest(field, checked.error.issues[0]!.message);
    }
    return values;
  }
}

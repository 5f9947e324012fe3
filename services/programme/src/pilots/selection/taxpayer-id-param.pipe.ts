import { Inject, Injectable, PipeTransform } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import { programmeTaxpayerId } from '@aeo/contracts';
import { fieldBadRequest } from '@aeo/service-kit';

/**
 * A path's `taxpayerId` in the programme's format (`TAXPAYER_ID_PATTERN`, the one applications and
 * the risk engine read), else 400 naming it: an id such as `5034567/../` (sent as `%2F..%2F`) is
 * refused before any look-up instead of answering 404 with it. Used after the validation pipe on
 * every pilot route with that parameter: `@Param(TaxpayerIdParamPipe) params: SomeParams`.
 */
@Injectable()
export class TaxpayerIdParamPipe implements PipeTransform {
  private readonly format: ReturnType<typeof programmeTaxpayerId>;

  constructor(@Inject(APP_CONFIG) config: { TAXPAYER_ID_PATTERN: string }) {
    this.format = programmeTaxpayerId(config.TAXPAYER_ID_PATTERN, { trim: false });
  }

  transform<T>(params: T): T {
    const taxpayerId = (params as { taxpayerId?: unknown } | undefined)?.taxpayerId;
    if (taxpayerId === undefined) return params;
    const checked = this.format.safeParse(taxpayerId);
    if (!checked.success) throw fieldBadRequest('taxpayerId', checked.error.issues[0]!.message);
    return params;
  }
}

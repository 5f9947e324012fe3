import { Inject, Injectable, PipeTransform } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import { fieldBadRequest } from './bad-request';

/** A 400 naming the field: the region is not one of the programme's (`CUSTOMS_REGIONS`). */
export function refuseUnknownRegion(regions: ReadonlySet<string>, region: string | undefined, field = 'region'): void {
  if (region === undefined || regions.has(region)) return;
  throw fieldBadRequest(field, `${region} is not a customs region of the programme (${[...regions].join(', ')})`);
}

/**
 * A query's or body's `region`, when given, must be a customs region of the programme
 * (`CUSTOMS_REGIONS`): a well-formed but unknown code (MARS) would otherwise narrow a list to
 * nothing and look like a region without activity, or file a record under no region's office.
 * Used on the parameter, after the validation pipe: `@Query(CustomsRegionPipe) query: SomeQueryDto`,
 * `@Body(CustomsRegionPipe) body: SomeDto`.
 */
@Injectable()
export class CustomsRegionPipe implements PipeTransform {
  private readonly regions: ReadonlySet<string>;

  constructor(@Inject(APP_CONFIG) config: { CUSTOMS_REGIONS: readonly string[] }) {
    this.regions = new Set(config.CUSTOMS_REGIONS);
  }

  transform<T>(query: T): T {
    const region = (query as { region?: unknown } | undefined)?.region;
    refuseUnknownRegion(this.regions, typeof region === 'string' ? region : undefined);
    return query;
  }
}

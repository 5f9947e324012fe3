import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { ZodType } from 'zod';
import { NoQuery } from '@aeo/service-kit';
import { routeHandlers } from './route-handlers';

jest.setTimeout(60_000);

/** Platform endpoints outside the APIs (Prometheus scrapes and probes send no query). */
const PLATFORM_CONTROLLERS = ['MetricsController', 'HealthController'];

/**
 * A GET answers 400 naming a query key it does not know (`query: Unrecognized key "region"`),
 * never 200 as if the client's filter (or `?at=` on a status) had been applied: every GET, a list
 * or one resource under a path parameter, reads its query through a strict schema (its own, or the
 * `NoQuery` pipe of @aeo/service-kit when it takes none).
 */
describe('queries of the GETs of every service', () => {
  it('are read through a schema that refuses an unknown key', async () => {
    const unchecked: string[] = [];
    for (const { service, controller, name, handler } of await routeHandlers()) {
      if (PLATFORM_CONTROLLERS.includes(controller.name)) continue;
      if (Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) continue;
      const path =
        `/${String(Reflect.getMetadata(PATH_METADATA, controller))}/${String(Reflect.getMetadata(PATH_METADATA, handler))}`
          .replace(/\/+/g, '/')
          .replace(/(.)\/$/, '$1');
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
        string,
        { index: number; pipes?: unknown[] }
      >;
      const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as unknown[];
      const query = Object.entries(args).find(([key]) => key.split(':')[0] === String(RouteParamtypes.QUERY))?.[1];
      const schema = query && (types[query.index] as { schema?: ZodType } | undefined)?.schema;
      const refused =
        query?.pipes?.includes(NoQuery) ||
        schema?.safeParse({ 'unknown-key': '1' }).error?.issues.some((issue) => issue.code === 'unrecognized_keys');
      if (!refused) unchecked.push(`${service} GET ${path} (${controller.name}.${name})`);
    }
    expect(unchecked).toEqual([]);
  });
});

import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { routeHandlers } from './route-handlers';

jest.setTimeout(60_000);

/** @nestjs/swagger's metadata key of `@ApiResponse` (DECORATORS.API_RESPONSE). */
const API_RESPONSE = 'swagger/apiResponse';
/** nestjs-zod's metadata key of `@ZodResponse` / `@ZodSerializerDto` (the answer parsed and serialised by its schema). */
const ZOD_SERIALIZER_DTO_OPTIONS = 'ZOD_SERIALIZER_DTO_OPTIONS';

/**
 * Answered outside Nest's serialiser on purpose: the border look-up is normally answered by
 * `AeoStatusFastPath` in front of the router (JSON.stringify of the service's answer, for speed);
 * this route only stands in when the fast path is off.
 */
const ANSWERED_OUTSIDE_NEST = ['risk-management GET AeoStatusController.lookUp'];

describe('answers of every service', () => {
  it('are checked and serialised by the zod schema their document shows (Operation `answer:`), never only documented', async () => {
    const onlyDocumented: string[] = [];
    for (const { service, controller, name, handler } of await routeHandlers()) {
      const responses = (Reflect.getMetadata(API_RESPONSE, handler) ?? {}) as Record<string, { type?: unknown }>;
      // A JSON success answer with a type in the document (204s and file downloads have none).
      const typed = Object.entries(responses).some(
        ([status, response]) => status.startsWith('2') && status !== '204' && response.type !== undefined,
      );
      if (typed && !Reflect.getMetadata(ZOD_SERIALIZER_DTO_OPTIONS, handler))
        onlyDocumented.push(
          `${service} ${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]} ${controller.name}.${name}`,
        );
    }
    expect(onlyDocumented).toEqual(ANSWERED_OUTSIDE_NEST);
  });
});

import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { platformEnvSchema } from '@aeo/config';
import { Public } from '@aeo/auth';
import { PlatformModule } from './platform.module';
import { responseInstant } from './responses';

class StampDto extends createZodDto(
  z.object({ id: z.string(), at: responseInstant, closedAt: responseInstant.nullable() }),
) {}

@Controller('stamps')
@Public()
class StampsController {
  @Get('good')
  @ZodResponse({ type: StampDto })
  good() {
    return { id: 'a', at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), closedAt: null, internalNote: 'not for clients' };
  }

  @Get('bad')
  @ZodResponse({ type: StampDto })
  bad() {
    return { id: 7, at: 'never', closedAt: null } as never;
  }
}

@Module({ imports: [PlatformModule.forService('stamps', platformEnvSchema)], controllers: [StampsController] })
class StampsModule {}

describe('answers declared with @ZodResponse', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    app = await NestFactory.create(StampsModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(() => app?.close());

  it('are shaped by their response schema: dates as ISO strings, undeclared fields left out', async () => {
    const response = await fetch(`${url}/stamps/good`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'a', at: '2026-01-02T03:04:05.000Z', closedAt: null });
  });

  it('that break their schema are a server fault, never sent as they are', async () => {
    const response = await fetch(`${url}/stamps/bad`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('never');
  });
});

import { Controller, Get, Inject, Module, DynamicModule, Provider } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@aeo/auth';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule } from '@nestjs/terminus';

/** A dependency the service needs to do its work (database, Kafka, Temporal). */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/** `promise`, or an error naming `name` once `ms` have passed without an answer. */
export const withTimeout = <T>(promise: Promise<T>, ms: number, name: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms`)), ms).unref(),
    ),
  ]);

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
  ) {}

  /** Liveness: the process runs and its event loop answers. */
  @Get('live')
  @HealthCheck()
  @ApiOperation({
    summary: 'Liveness',
    description: 'The process runs and its event loop answers (restart it when this fails).',
  })
  live() {
    return this.health.check([
      async () => this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) }),
    ]);
  }

  /** Readiness: every dependency answers. 503 names the ones that do not, with `Retry-After` (the platform's exception filter, service-kit). */
  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness',
    description:
      'Every dependency (database, Kafka, Temporal) answers; 503 names the ones that do not, with `Retry-After` (send no traffic meanwhile).',
  })
  ready() {
    return this.health.check(
      this.checks.map((readiness) => async () => {
        const indicator = this.indicators.check(readiness.name);
        try {
          await withTimeout(readiness.check(), 3000, readiness.name);
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      }),
    );
  }
}

@Module({})
export class HealthModule {
  /** `checks` is a provider (usually a factory) that yields the service's readiness checks. */
  static forRoot(
    checks: Omit<Provider, 'provide'> & { useFactory: (...args: never[]) => ReadinessCheck[]; inject?: unknown[] },
  ): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule],
      controllers: [HealthController],
      providers: [{ provide: READINESS_CHECKS, ...checks } as Provider],
    };
  }
}

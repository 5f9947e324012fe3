import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, Roles } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import type { OperationsConfig } from '../config';
import { checkReadiness, HEALTH_TARGETS, HEALTH_TIMEOUT_MS } from './service-health';
import { ServiceHealthDto } from './service-health.response';

/** The health of the platform's processes for the operations team (executives may read). */
@ApiTags('service-health')
@Controller('service-health')
@Roles(ROLES.operations, ROLES.executive)
export class ServiceHealthController {
  private readonly targets: { service: string; url: string }[];

  constructor(@Inject(APP_CONFIG) config: OperationsConfig) {
    this.targets = HEALTH_TARGETS.map(([service, variable]) => ({ service, url: config[variable] }));
  }

  @Get()
  @Operation({
    summary: 'Health of the platform’s services',
    description: `Each service’s and the orchestrating worker’s /health/ready (the HEALTH_URL_* variables), checked now and at once, each within ${HEALTH_TIMEOUT_MS} ms: up or down with why, how long it took, and PostgreSQL, Kafka, Temporal and the identity provider as each service reports them.`,
    answer: [ServiceHealthDto],
    answered: 'Each service’s readiness as checked now: up or down with why, and its dependencies',
  })
  check(@Query(NoQuery) _query: NoQueryParams) {
    return Promise.all(this.targets.map(({ service, url }) => checkReadiness(service, url)));
  }
}

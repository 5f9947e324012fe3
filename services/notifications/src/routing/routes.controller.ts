import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ALL_ROLES } from '@aeo/auth';
import { NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import { COMPANY_EVENT_TYPES } from '../webhooks/company-events';
import { SUBSCRIBABLE_EVENT_TYPES } from './notified-events';
import { AUDIENCES, ROUTES } from './routes';
import { RoutingTable, RoutingTableDto } from './routes.response';

/** The routing table as data: who hears of each event, with which template; and what webhooks can carry. */
@ApiTags('routing')
@Controller('routes')
export class RoutesController {
  @Get()
  @Operation({
    roles: ALL_ROLES,
    summary: 'The routing table',
    description: 'Who hears of each event, with which template, and which event types webhooks can carry.',
    answer: RoutingTableDto,
  })
  table(@Query(NoQuery) _query: NoQueryParams): RoutingTable {
    return {
      audiences: [...AUDIENCES],
      routes: Object.entries(ROUTES).map(([eventType, routes]) => ({
        eventType,
        recipients: routes.map((route) => ({
          audience: route.audience,
          template: route.template,
          conditional: Boolean(route.when),
        })),
      })),
      webhookEventTypes: [...SUBSCRIBABLE_EVENT_TYPES],
      companyWebhookEventTypes: [...COMPANY_EVENT_TYPES],
    };
  }
}

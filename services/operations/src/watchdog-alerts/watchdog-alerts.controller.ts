import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation } from '@aeo/service-kit';
import { WatchdogAlertDto, WatchdogAlertPageDto } from './watchdog-alert.response';
import {
  WatchdogAlertAcknowledgementDto,
  WatchdogAlertIdParams,
  WatchdogAlertListQueryDto,
} from './watchdog-alert.schemas';
import { WatchdogAlertsService } from './watchdog-alerts.service';

/** The revalidation watchdog's alerts: listed for operations (executives may read), acknowledged by operations. */
@ApiTags('watchdog-alerts')
@Controller('watchdog-alerts')
@Roles(ROLES.operations, ROLES.executive)
export class WatchdogAlertsController {
  constructor(private readonly alerts: WatchdogAlertsService) {}

  @Get()
  @Operation({
    summary: 'Watchdog alerts',
    description:
      'The authorisations whose revalidation workflow the daily watchdog could not repair (aeo.revalidation.watchdog-alert.v1, each event stored once): what it found (problem: stuck, closed-while-in-force, unreachable), its detail, when it checked, and the acknowledgement. Paged (page, pageSize, total), filtered by problem, region (one of CUSTOMS_REGIONS, else 400) and acknowledged, sorted by raisedAt (newest first by default) or authorisationNumber.',
    answer: WatchdogAlertPageDto,
    answered: 'A page of watchdog alerts with how many match',
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, page, page size, sort or order, or `region` is not a customs region of the programme; the message names the parameter',
  })
  list(@Query(CustomsRegionPipe) query: WatchdogAlertListQueryDto) {
    return this.alerts.page(query);
  }

  @Post(':alertId/acknowledgement')
  @Operation({
    roles: [ROLES.operations],
    summary: 'Acknowledge a watchdog alert',
    description:
      'Marks the alert acknowledged by the caller with the note (what was done or found) and audits it. Asked again (an alert acknowledged already), it answers the alert as the first acknowledgement left it and changes nothing.',
    answer: WatchdogAlertDto,
    answered: 'The alert as acknowledged (the same answer when it had been acknowledged already)',
  })
  @ApiErrorAnswers({
    404: 'No such watchdog alert',
    409: 'A request with the same Idempotency-Key is in progress',
  })
  acknowledge(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: WatchdogAlertIdParams,
    @Body() body: WatchdogAlertAcknowledgementDto,
  ) {
    return this.alerts.acknowledge(user, params.alertId, body.note);
  }
}

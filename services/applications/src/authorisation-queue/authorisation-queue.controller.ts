import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation } from '@aeo/service-kit';
import { AuthorisationQueueQuery } from './authorisation-queue.schemas';
import { AuthorisationQueuePageDto } from './authorisation-queue.response';
import { AuthorisationQueueService } from './authorisation-queue.service';
import { AUTHORISATION_QUEUE_READERS } from './authorisation-queue';

// GET /v1/authorisations keeps its plain list (its answer is an array); this is the paged one.
@ApiTags('authorisation-queue')
@Controller('authorisation-queue')
export class AuthorisationQueueController {
  constructor(private readonly queue: AuthorisationQueueService) {}

  @Get()
  @Operation({
    roles: AUTHORISATION_QUEUE_READERS,
    summary: 'The AEO register with each authorisation’s revalidation due date and pending step',
    description:
      'One item per authorisation with its next revalidation’s due date and days left in the programme’s time zone, and the step it waits for as its register history tells it (hearing-response, revocation-decision, remediation, suspension-review, revalidation; `toDecide=true`: those waiting for an executive’s decision); paged (`page`, `pageSize`, `total`), filtered and sorted on the server, the soonest revalidation first by default. Contact officers and regional offices see their region (403 for another `region`), executives every region. `region` must be one of the programme’s (`CUSTOMS_REGIONS`, else 400).',
    answer: AuthorisationQueuePageDto,
    answered: 'A page of the register with the total',
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, page, page size, sort or order, or `region` is not a customs region of the programme; the message names the parameter',
    403: 'Another region than the regional staff’s own',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query(CustomsRegionPipe) query: AuthorisationQueueQuery) {
    return this.queue.page(user, query);
  }
}

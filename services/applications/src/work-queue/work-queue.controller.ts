import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation } from '@aeo/service-kit';
import { ApplicationQueueQuery } from './work-queue.schemas';
import { ApplicationQueuePageDto } from './work-queue.response';
import { WorkQueueService } from './work-queue.service';
import { QUEUE_READERS } from './work-queue';

@ApiTags('application-queue')
@Controller('application-queue')
export class WorkQueueController {
  constructor(private readonly queue: WorkQueueService) {}

  @Get()
  @Operation({
    roles: QUEUE_READERS,
    summary: 'Work queue of open applications with their legal deadlines',
    description:
      'One item per submitted, accepted or heard application with the deadline of its pending step (acceptance, information-reply, hearing-response or decision), its days left in the programme’s time zone and who acts next; paged (`page`, `pageSize`, `total`), filtered and sorted on the server, overdue first by default. Contact officers and regional offices see their region (403 for another `region`), executives every region (`deadlineKind=decision`: the decisions due and overdue). `region` must be one of the programme’s (`CUSTOMS_REGIONS`, else 400).',
    answer: ApplicationQueuePageDto,
    answered: 'A page of the queue with the total',
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, page, page size, sort or order, or `region` is not a customs region of the programme; the message names the parameter',
    403: 'Another region than the regional staff’s own',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query(CustomsRegionPipe) query: ApplicationQueueQuery) {
    return this.queue.page(user, query);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation } from '@aeo/service-kit';
import { CaseQueueQuery } from './case-queue.schemas';
import { CaseQueuePageDto } from './case-queue.response';
import { CaseQueueService } from './case-queue.service';
import { CASE_QUEUE_READERS } from './case-queue';

@ApiTags('case-queue')
@Controller('case-queue')
export class CaseQueueController {
  constructor(private readonly queue: CaseQueueService) {}

  @Get()
  @Operation({
    roles: CASE_QUEUE_READERS,
    summary: 'Work queue of open validation cases with their report’s due date',
    description:
      'One item per open case (neither reported nor closed) with the date its report is due, its days left in the programme’s time zone and whether it is overdue; paged (`page`, `pageSize`, `total`), filtered and sorted on the server, overdue first by default. A validator sees the cases assigned to them (403 for another `validator`), a regional office its region’s (403 for another `region`), an executive every region’s. `region` must be one of the programme’s (`CUSTOMS_REGIONS`, else 400). `GET /v1/validation-cases` still answers its plain list.',
    answer: CaseQueuePageDto,
    answered: 'A page of the queue with the total',
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, page, page size, sort or order, or `region` is not a customs region of the programme; the message names the parameter',
    403: 'Another region than the regional staff’s own, or another validator’s cases asked for by a validator',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query(CustomsRegionPipe) query: CaseQueueQuery) {
    return this.queue.page(user, query);
  }
}

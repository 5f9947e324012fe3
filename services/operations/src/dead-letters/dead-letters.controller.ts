import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { DeadLetterDetailDto, DeadLetterPageDto } from './dead-letter.response';
import { DeadLetterDecisionDto, DeadLetterIdParams, DeadLetterListQueryDto } from './dead-letter.schemas';
import { DeadLettersService } from './dead-letters.service';

/** The platform's dead-lettered Kafka records: listed for operations (executives may read), replayed or discarded by operations. */
@ApiTags('dead-letters')
@Controller('dead-letters')
@Roles(ROLES.operations, ROLES.executive)
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get()
  @Operation({
    summary: 'Dead letters',
    description:
      'The records the platform’s consumers set aside on <topic>.dlq, newest first, with the reason, the original topic, partition and offset, the consumer and what operations did with them (new, replayed, discarded); paged (page, pageSize, total), filtered by originalTopic, consumer and state.',
    answer: DeadLetterPageDto,
    answered: 'A page of dead letters, newest first, with how many match',
  })
  list(@Query() query: DeadLetterListQueryDto) {
    return this.deadLetters.page(query);
  }

  @Get(':deadLetterId')
  @Operation({
    summary: 'One dead letter with its record',
    description: 'With the record’s key, value and headers, each as text where readable and as base64.',
    answer: DeadLetterDetailDto,
    answered: 'The dead letter with its record’s key, value and headers',
  })
  @ApiErrorAnswers({ 404: 'No such dead letter' })
  get(@Param() params: DeadLetterIdParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.deadLetters.get(params.deadLetterId);
  }

  @Post(':deadLetterId/replay')
  @Operation({
    roles: [ROLES.operations],
    summary: 'Replay a dead letter to its original topic',
    description:
      'Publishes the original record (key, value and headers without the dlq_* ones, with aeo_replay_of naming the dead letter) to its original topic through the outbox, in the transaction that marks it replayed and audits the decision with the reason. Asked again, it answers the dead letter as the first replay left it and publishes nothing more. 409 when it was discarded; 422 when it names no original topic, one other than the topic whose .dlq topic it was read from, or one that is not the platform’s.',
    answer: DeadLetterDetailDto,
    answered:
      'The dead letter as replayed: state replayed, replayEventId the outbox event that publishes the record (the same answer when it had been replayed already)',
  })
  @ApiErrorAnswers({
    404: 'No such dead letter',
    409: 'It was discarded (the message says by whom, when and why); or a request with the same Idempotency-Key is in progress',
    422: 'Not replayed: the dead letter names no original topic (its dlq_original_topic header is missing or not a topic name); or it names another topic than the one whose .dlq topic it was read from (“came from X.dlq but names Y”); or a topic that is not the platform’s (libs/contracts’ topic registry) nor matches DEAD_LETTER_REPLAY_EXTRA_TOPICS. Or the Idempotency-Key was used for a different request',
  })
  replay(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: DeadLetterIdParams,
    @Body() body: DeadLetterDecisionDto,
  ) {
    return this.deadLetters.replay(user, params.deadLetterId, body.reason);
  }

  @Post(':deadLetterId/discard')
  @Operation({
    roles: [ROLES.operations],
    summary: 'Discard a dead letter',
    description:
      'Marks it discarded (it is not replayed) and audits the decision with the reason. Asked again, it answers the dead letter as the first discard left it. 409 when it was replayed.',
    answer: DeadLetterDetailDto,
    answered: 'The dead letter as discarded (the same answer when it had been discarded already)',
  })
  @ApiErrorAnswers({
    404: 'No such dead letter',
    409: 'It was replayed (the message says by whom, when and why); or a request with the same Idempotency-Key is in progress',
  })
  discard(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: DeadLetterIdParams,
    @Body() body: DeadLetterDecisionDto,
  ) {
    return this.deadLetters.discard(user, params.deadLetterId, body.reason);
  }
}

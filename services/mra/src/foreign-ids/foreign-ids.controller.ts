import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, RequireScopes, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation } from '@aeo/service-kit';
import { MatchRateDto, RecognitionDto, ReviewDto, ReviewPageDto } from './foreign-ids.response';
import {
  MatchRateQueryDto,
  RecognitionParams,
  RecognitionQueryDto,
  ResolveReviewDto,
  ReviewIdParams,
  ReviewQueueQueryDto,
  ReviewsQueryDto,
} from './foreign-ids.schemas';
import { ForeignIdsService } from './foreign-ids.service';

/** The review queue of foreign AEO identifiers declarations named, and the match rate (MRA officers, executives read). */
@ApiTags('foreign-ids')
@Controller('foreign-ids')
@Roles(ROLES.mraOfficer, ROLES.executive)
export class ForeignIdsController {
  constructor(private readonly foreignIds: ForeignIdsService) {}

  @Get('reviews')
  @Operation({
    summary: 'List foreign AEO identifiers under review',
    description:
      'Identifiers declarations named that matched no active partner list entry (unmatched) or several (ambiguous), oldest first; filter by status and country.',
    answer: [ReviewDto],
  })
  list(@Query() query: ReviewsQueryDto) {
    return this.foreignIds.listReviews(query);
  }

  @Get('review-queue')
  @Operation({
    summary: 'Foreign AEO identifiers under review, paged',
    description:
      'The review items paged (`page`, `pageSize`, `total`), filtered (`status`, `country`, `reason`, `q`: the start of the identifier) and sorted (`firstSeenAt`, the default, oldest first; `lastSeenAt`, `declarations`) on the server. `GET /v1/foreign-ids/reviews` still answers its plain list.',
    answer: ReviewPageDto,
    answered: 'A page of the review items with the total',
  })
  @ApiErrorAnswers({ 400: 'Invalid filter, page, page size, sort or order; the message names the parameter' })
  queue(@Query() query: ReviewQueueQueryDto) {
    return this.foreignIds.reviewQueue(query);
  }

  @Post('reviews/:reviewId/resolution')
  @Operation({
    roles: [ROLES.mraOfficer],
    summary: 'Resolve a foreign AEO identifier under review',
    description:
      'Matched to a partner list entry of its country (later declarations naming it match by alias) or not recognised; audited and published. 404 for an unknown item, 409 when resolved already, 422 naming the field when the entry is not on a list of that country.',
    status: 201,
    answer: ReviewDto,
  })
  resolve(@CurrentUser() user: AuthenticatedUser, @Param() params: ReviewIdParams, @Body() body: ResolveReviewDto) {
    return this.foreignIds.resolve(user, params.reviewId, body);
  }

  @Get('match-rate')
  @Operation({
    summary: 'Match rate of declared foreign AEO identifiers',
    description:
      'Identifiers declared in [from, to): matched exactly, normalised, by alias, unmatched, ambiguous, and the rate matched.',
    answer: MatchRateDto,
  })
  matchRate(@Query() query: MatchRateQueryDto) {
    return this.foreignIds.matchRate(new Date(query.from), new Date(query.to));
  }
}

/** Is a foreign identifier a recognised AEO on a day (risk engines, border systems, MRA officers, executives). */
@ApiTags('recognitions')
@Controller('recognitions')
@Roles(ROLES.backendPlatform, ROLES.mraOfficer, ROLES.executive)
@RequireScopes('aeo.status.read')
export class RecognitionsController {
  constructor(private readonly foreignIds: ForeignIdsService) {}

  @Get(':country/:aeoId')
  @Operation({
    summary: 'Look up a foreign AEO’s recognition',
    description:
      'Decided on the best kind of match found (exact, then normalised, then by alias) alone, as declarations are matched; an identifier with several active entries of that kind is ambiguous and recognised under none. Recognised when that entry is active, valid on the day (default today), of a status type the arrangement’s terms cover, under an operational arrangement; with the arrangement, the AEO, the benefits we grant and the directions, or the reason it is not.',
    answer: RecognitionDto,
  })
  lookUp(@Param() params: RecognitionParams, @Query() query: RecognitionQueryDto) {
    return this.foreignIds.recognition(params.country, params.aeoId, query.on ?? new Date().toISOString().slice(0, 10));
  }
}

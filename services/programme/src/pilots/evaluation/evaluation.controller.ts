import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import {
  EvaluationDto,
  LessonDto,
  QuestionnaireDto,
  QuestionnaireResponseDto,
  QuestionnaireResultsDto,
  questionnaireAsSeenBy,
} from './evaluation.response';
import {
  NewLessonDto,
  NewQuestionnaireDto,
  NewResponseDto,
  PilotParams,
  QuestionnaireClosingDto,
  QuestionnaireOpeningDto,
  QuestionnaireParams,
} from './evaluation.schemas';
import { EvaluationService, INTERNAL_RESPONDENT_ROLES } from './evaluation.service';

const RESPONDENTS = [...INTERNAL_RESPONDENT_ROLES, ROLES.operatorUser];
const WHO_ANSWERS =
  'An internal questionnaire is answered by the contact officers in charge of the pilot’s companies, the policy unit and executives, each once as themselves; an external one by the users of the pilot’s companies taking part (accepted, not withdrawn), once per company whichever user sends it. Anyone else is refused (403).';

/** A pilot's evaluation: questionnaires for customs staff and the pilot companies, their results, lessons learnt. */
@ApiTags('pilot evaluation')
@Controller('pilots/:pilotId')
@Roles(ROLES.policyUnit, ROLES.executive)
export class EvaluationController {
  constructor(private readonly evaluation: EvaluationService) {}

  @Post('questionnaires')
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Draft an evaluation questionnaire',
    description:
      'For one audience (internal: customs staff; external: the pilot companies), a title and questions in Mongolian and English (scale 1–5, yes/no or free text; required unless said otherwise), numbered Q1, Q2… in the order given. A draft until opened. Audited and published (aeo.programme-pilot-evaluation.questionnaire-created.v1). 404 for an unknown pilot, 409 for a closed or cancelled one. Idempotent with an Idempotency-Key.',
    status: 201,
    answer: QuestionnaireDto,
  })
  @ApiErrorAnswers({ 404: 'No such pilot', 409: 'The pilot is closed or cancelled' })
  create(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotParams, @Body() body: NewQuestionnaireDto) {
    return this.evaluation.create(user, params.pilotId, body);
  }

  @Get('questionnaires')
  @Operation({
    roles: RESPONDENTS,
    summary: 'A pilot’s evaluation questionnaires',
    description: `The policy unit and executives see every questionnaire; respondents see the opened ones of their audience (users of a company taking part the external ones, the contact officers of its companies the internal ones); an operator user reads them without the customs staff who drafted, opened or closed them (createdBy, openedBy, closedBy null). ${WHO_ANSWERS}`,
    answer: [QuestionnaireDto],
  })
  @ApiErrorAnswers({ 403: 'Not a respondent of this pilot’s evaluation', 404: 'No such pilot' })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PilotParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return (await this.evaluation.list(user, params.pilotId)).map((questionnaire) =>
      questionnaireAsSeenBy(user, questionnaire),
    );
  }

  @Get('questionnaires/:questionnaireId')
  @Operation({
    roles: RESPONDENTS,
    summary: 'An evaluation questionnaire with its questions',
    description: `404 for a draft or another audience’s questionnaire to a respondent; 403 for a caller who is no respondent of the pilot. An operator user reads it with createdBy, openedBy and closedBy null. ${WHO_ANSWERS}`,
    answer: QuestionnaireDto,
  })
  @ApiErrorAnswers({ 403: 'Not a respondent of this pilot’s evaluation', 404: 'No such questionnaire in this pilot' })
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: QuestionnaireParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return questionnaireAsSeenBy(user, await this.evaluation.get(user, params.pilotId, params.questionnaireId));
  }

  @Post('questionnaires/:questionnaireId/opening')
  @Operation({
    roles: [ROLES.policyUnit],
    humanStep: true,
    summary: 'Open a questionnaire for answers until its closing time',
    description:
      'A draft opens until closesAt: in the future and at most 60 days after the pilot’s end (the end of its current end date, UTC; the evaluation runs at the end of the pilot), else 400 naming closesAt; after that time it takes no answers and reads as closed. Its audience is asked: external, one aeo.programme-pilot-evaluation.response-requested.v1 per accepted company of the pilot (emailed to the company and in its users’ in-app inbox); internal, once, by aeo.programme-pilot-evaluation.questionnaire-opened.v1 (one message to each contact officer of the pilot, however many companies it is in charge of; the policy unit and executives hear of every opening). Audited. 409 when it is not a draft. The same request again answers as the first time.',
    answer: QuestionnaireDto,
  })
  @ApiErrorAnswers({ 404: 'No such questionnaire in this pilot', 409: 'Not a draft, or the pilot is closed' })
  open(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: QuestionnaireParams,
    @Body() body: QuestionnaireOpeningDto,
  ) {
    return this.evaluation.open(user, params.pilotId, params.questionnaireId, body);
  }

  @Post('questionnaires/:questionnaireId/closing')
  @Operation({
    roles: [ROLES.policyUnit],
    humanStep: true,
    summary: 'Close a questionnaire before its closing time',
    description:
      'No more answers from now on, with an optional reason. Audited and published (aeo.programme-pilot-evaluation.questionnaire-closed.v1, to the policy unit and executives). 409 when it is not open (a draft, closed, or its closing time passed). The same request again answers as the first time.',
    answer: QuestionnaireDto,
  })
  @ApiErrorAnswers({ 404: 'No such questionnaire in this pilot', 409: 'Not open' })
  close(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: QuestionnaireParams,
    @Body() body: QuestionnaireClosingDto,
  ) {
    return this.evaluation.close(user, params.pilotId, params.questionnaireId, body);
  }

  @Post('questionnaires/:questionnaireId/responses')
  @Operation({
    roles: RESPONDENTS,
    humanStep: true,
    summary: 'Answer a questionnaire (once per respondent)',
    description: `${WHO_ANSWERS} Each answer gives exactly one of scale (1–5), yesNo or text, as its question asks; every required question is answered. 400 naming the field (answers.<i>.<field>), 403 for a caller outside the audience (or a company not in the pilot), 409 when the questionnaire is not open (a cancelled pilot’s open questionnaires close with reason pilot cancelled), the pilot is cancelled or closed, or the respondent has answered already (another user of the same company included); the same request by the same user again answers as the first time. Audited and published (aeo.programme-pilot-evaluation.questionnaire-answered.v1).`,
    status: 201,
    answer: QuestionnaireResponseDto,
  })
  @ApiErrorAnswers({
    403: 'Not of the questionnaire’s audience',
    404: 'No such questionnaire in this pilot',
    409: 'Not open, or answered already',
  })
  respond(@CurrentUser() user: AuthenticatedUser, @Param() params: QuestionnaireParams, @Body() body: NewResponseDto) {
    return this.evaluation.respond(user, params.pilotId, params.questionnaireId, body);
  }

  @Get('questionnaires/:questionnaireId/responses/mine')
  @Operation({
    roles: RESPONDENTS,
    summary: 'The caller’s own response',
    description: `The response of the caller (internal) or of the caller’s company (external). 404 when not answered. ${WHO_ANSWERS}`,
    answer: QuestionnaireResponseDto,
  })
  @ApiErrorAnswers({ 403: 'Not of the questionnaire’s audience', 404: 'Not answered' })
  mine(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: QuestionnaireParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.evaluation.ownResponse(user, params.pilotId, params.questionnaireId);
  }

  @Get('questionnaires/:questionnaireId/results')
  @Operation({
    summary: 'A questionnaire’s results per question',
    description:
      'Respondents, and per question: how many answered; scale: the mean and the distribution of marks 1–5; yes/no: the counts and the share of yes; free text: every text (without who wrote it), oldest first. Read while it is open too.',
    answer: QuestionnaireResultsDto,
  })
  @ApiErrorAnswers({ 404: 'No such questionnaire in this pilot' })
  results(@Param() params: QuestionnaireParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.evaluation.results(params.pilotId, params.questionnaireId);
  }

  @Get('evaluation')
  @Operation({
    summary: 'A pilot’s evaluation: results per audience and lessons learnt',
    description:
      'Per audience (internal, then external): its questionnaires, respondents, the mean of every scale answer, the share of yes among every yes/no answer, the number of free texts, and each questionnaire’s results per question; then the lessons learnt in the order recorded.',
    answer: EvaluationDto,
  })
  @ApiErrorAnswers({ 404: 'No such pilot' })
  evaluationOf(@Param() params: PilotParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.evaluation.evaluation(params.pilotId);
  }

  @Post('lessons')
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Record a lesson learnt',
    description:
      'What was learnt (category, text), its recommendation for full operation, and the questions of this pilot’s questionnaires and the milestones of this pilot it rests on (400 naming questionRefs.<i> or milestoneIds.<i> for one that is not this pilot’s). Lessons are kept as recorded (a correction is a new lesson). Audited and published (aeo.programme-pilot-evaluation.lesson-recorded.v1). 409 for a closed or cancelled pilot. Idempotent with an Idempotency-Key.',
    status: 201,
    answer: LessonDto,
  })
  @ApiErrorAnswers({ 404: 'No such pilot', 409: 'The pilot is closed or cancelled' })
  recordLesson(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotParams, @Body() body: NewLessonDto) {
    return this.evaluation.recordLesson(user, params.pilotId, body);
  }

  @Get('lessons')
  @Operation({ summary: 'A pilot’s lessons learnt', description: 'In the order recorded.', answer: [LessonDto] })
  @ApiErrorAnswers({ 404: 'No such pilot' })
  lessons(@Param() params: PilotParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.evaluation.lessons(params.pilotId);
  }
}

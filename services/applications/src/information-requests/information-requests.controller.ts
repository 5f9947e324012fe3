import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { ApplicationIdParams } from '../applications/application.schemas';
import { InformationReplyDto, InformationRequestParams, RequestInformationDto } from './information-request.schemas';
import { InformationRequestDto, informationRequestAsSeenBy } from './information-request.response';
import { InformationRequestsService } from './information-requests.service';

@ApiTags('information-requests')
@Controller('applications/:applicationId/information-requests')
// Case readers read (each limited to its company or region); each write names who may take it.
@Roles(...CASE_READERS)
export class InformationRequestsController {
  constructor(private readonly requests: InformationRequestsService) {}

  /** Asks the applicant for missing information during acceptance; the acceptance period stops until the reply. */
  @Post()
  @Operation({
    roles: [ROLES.contactOfficer, ROLES.regionalOffice],
    summary: 'Ask the applicant for missing information',
    description: 'During acceptance only (409 otherwise); the acceptance period stops until the reply.',
    status: 201,
    answer: InformationRequestDto,
  })
  request(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Body() body: RequestInformationDto,
  ) {
    return this.requests.request(user, params.applicationId, body);
  }

  @Get()
  @Operation({
    summary: 'List information requests',
    description:
      'The application’s requests with their replies; an operator user does not get `requestedBy` (the officer who asked).',
    answer: [InformationRequestDto],
  })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return (await this.requests.list(user, params.applicationId)).map((request) =>
      informationRequestAsSeenBy(user, request),
    );
  }

  /** The applicant's reply (documents go to `POST /v1/applications/{id}/documents`). */
  @Post(':requestId/reply')
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'Reply to an information request',
    description:
      'The applicant’s reply (documents go to `POST /v1/applications/{id}/documents`); the same reply again gets the same answer, another one is a 409.',
    status: 201,
    answer: InformationRequestDto,
    humanStep: true,
  })
  async reply(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: InformationRequestParams,
    @Body() body: InformationReplyDto,
  ) {
    return informationRequestAsSeenBy(
      user,
      await this.requests.reply(user, params.applicationId, params.requestId, body),
    );
  }
}

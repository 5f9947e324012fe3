import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { HumanStep } from '@aeo/service-kit';
import { ApplicationIdParams } from '../applications/application.schemas';
import { InformationReplyDto, InformationRequestParams, RequestInformationDto } from './information-request.schemas';
import { InformationRequestDto } from './information-request.response';
import { InformationRequestsService } from './information-requests.service';

@ApiTags('information-requests')
@Controller('applications/:applicationId/information-requests')
export class InformationRequestsController {
  constructor(private readonly requests: InformationRequestsService) {}

  /** Asks the applicant for missing information during acceptance; the acceptance period stops until the reply. */
  @Post()
  @Roles(ROLES.contactOfficer, ROLES.regionalOffice)
  @ApiOperation({
    summary: 'Ask the applicant for missing information',
    description: 'During acceptance only (409 otherwise); the acceptance period stops until the reply.',
  })
  @ZodResponse({ status: 201, type: InformationRequestDto })
  request(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationIdParams,
    @Body() body: RequestInformationDto,
  ) {
    return this.requests.request(user, params.applicationId, body);
  }

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'List information requests', description: 'The application’s requests with their replies.' })
  @ZodResponse({ status: 200, type: [InformationRequestDto] })
  list(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams) {
    return this.requests.list(user, params.applicationId);
  }

  /** The applicant's reply (documents go to `POST /v1/applications/{id}/documents`). */
  @Post(':requestId/reply')
  @HumanStep()
  @Roles(ROLES.operatorUser)
  @ApiOperation({
    summary: 'Reply to an information request',
    description:
      'The applicant’s reply (documents go to `POST /v1/applications/{id}/documents`); the same reply again gets the same answer, another one is a 409.',
  })
  @ZodResponse({ status: 201, type: InformationRequestDto })
  reply(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: InformationRequestParams,
    @Body() body: InformationReplyDto,
  ) {
    return this.requests.reply(user, params.applicationId, params.requestId, body);
  }
}

import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { HumanStep } from '@aeo/service-kit';
import { ApplicationIdParams } from '../applications/application.schemas';
import { InformationReplyDto, InformationRequestParams, RequestInformationDto } from './information-request.schemas';
import { InformationRequestsService } from './information-requests.service';

@ApiTags('information-requests')
@Controller('applications/:applicationId/information-requests')
export class InformationRequestsController {
  constructor(private readonly requests: InformationRequestsService) {}

  /** Asks the applicant for missing information during acceptance; the acceptance period stops until the reply. */
  @Post()
  @Roles(ROLES.contactOfficer, ROLES.regionalOffice)
  request(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams, @Body() body: RequestInformationDto) {
    return this.requests.request(user, params.applicationId, body);
  }

  @Get()
  @Roles(...CASE_READERS)
  list(@CurrentUser() user: AuthenticatedUser, @Param() params: ApplicationIdParams) {
    return this.requests.list(user, params.applicationId);
  }

  /** The applicant's reply (documents go to `POST /v1/applications/{id}/documents`). */
  @Post(':requestId/reply')
  @HumanStep()
  @Roles(ROLES.operatorUser)
  reply(@CurrentUser() user: AuthenticatedUser, @Param() params: InformationRequestParams, @Body() body: InformationReplyDto) {
    return this.requests.reply(user, params.applicationId, params.requestId, body);
  }
}

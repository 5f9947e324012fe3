import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams, TaxpayerIdPipe } from '@aeo/service-kit';
import { PilotCompanyParams, PilotParams } from '../contact-officers/contact-officers.schemas';
import {
  MaterialResponseDto,
  registrationAsSeenBy,
  RegistrationResponseDto,
  sessionAsSeenBy,
  SessionDetailDto,
  sessionDetailAsSeenBy,
  SessionDto,
  TrainingStatusDto,
} from './training.response';
import { AttendanceDto, MaterialDto, NewSessionDto, RegistrationDto, SessionParams } from './training.schemas';
import { TrainingService } from './training.service';

const READERS = [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice, ROLES.contactOfficer, ROLES.operatorUser];

/**
 * The pilot's training: the policy unit schedules sessions and adds materials; operator users
 * register their staff for company-staff sessions (the policy unit registers anyone); attendance is
 * recorded after a session by the policy unit or the companies' contact officers; a company's
 * training status (every required topic attended) is its training milestone.
 */
@ApiTags('pilots')
@Controller('pilots/:pilotId')
@Roles(...READERS)
export class TrainingController {
  constructor(private readonly training: TrainingService) {}

  @Get('training-sessions')
  @Operation({
    roles: READERS,
    summary: 'A pilot’s training sessions',
    description:
      'Oldest first, with how many are registered. An operator user of a pilot company sees the company-staff sessions (403 or 404 when its company is not in the pilot), without who scheduled them (createdBy null).',
    answer: [SessionDto],
  })
  @ApiErrorAnswers({
    403: 'An operator user of another company',
    404: 'No such pilot, or the caller’s company is not in it',
  })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PilotParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return (await this.training.list(user, params.pilotId)).map((session) => sessionAsSeenBy(user, session));
  }

  @Post('training-sessions')
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Schedule a training session',
    description:
      'Topic (required: true makes it count towards the companies’ training milestone, for company-staff sessions), start and end within the pilot’s time frame (from 00:00 UTC of its start date to the end of its current end date, else 400 naming startsAt or endsAt), a place or a link (400 naming place without either), audience (company-staff or customs-staff) and capacity. Audited; published as aeo.programme-pilot.training-session-scheduled.v1. 409 when the pilot is ended, closed or cancelled.',
    answer: SessionDetailDto,
    status: 201,
    humanStep: true,
  })
  @ApiErrorAnswers({ 404: 'No such pilot' })
  schedule(@CurrentUser() user: AuthenticatedUser, @Param() params: PilotParams, @Body() body: NewSessionDto) {
    return this.training.schedule(user, params.pilotId, body);
  }

  @Get('training-sessions/:sessionId')
  @Operation({
    roles: READERS,
    summary: 'A training session with its registrations and materials',
    description:
      'National staff see every registration, regional staff those of their region’s companies, an operator user its own company’s (company-staff sessions only), without the customs staff ids: createdBy, registeredBy, attendanceBy and addedBy are null for it.',
    answer: SessionDetailDto,
  })
  @ApiErrorAnswers({ 404: 'No such pilot or session' })
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SessionParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return sessionDetailAsSeenBy(user, await this.training.get(user, params.pilotId, params.sessionId));
  }

  @Post('training-sessions/:sessionId/registrations')
  @Operation({
    roles: [ROLES.policyUnit, ROLES.operatorUser],
    summary: 'Register a person for a training session',
    description:
      'A staff member of a pilot company by name and role (taxpayerId; an operator user registers its own company’s staff and may leave it out) for a company-staff session, or a customs staff member (staffSub, by the policy unit) for a customs-staff session; 400 naming the field otherwise. The company must have a contact officer in the pilot (404 naming taxpayerId). Audited; published as aeo.programme-pilot.training-registered.v1, which tells the company and its contact officer of the session. 409 when the session has started or is full, or the person is registered already. An operator user reads the registration with registeredBy null.',
    answer: RegistrationResponseDto,
    status: 201,
    humanStep: true,
  })
  @ApiErrorAnswers({
    403: 'Another company than the operator user’s own',
    404: 'No such pilot, session or pilot company',
  })
  async register(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SessionParams,
    @Body(TaxpayerIdPipe('taxpayerId')) body: RegistrationDto,
  ) {
    return registrationAsSeenBy(user, await this.training.register(user, params.pilotId, params.sessionId, body));
  }

  @Post('training-sessions/:sessionId/attendance')
  @Operation({
    roles: [ROLES.policyUnit, ROLES.contactOfficer],
    summary: 'Record attendance at a training session',
    description:
      'Who attended and who did not, by registration, once the session has started (409 before); again to correct it. A contact officer records it for the staff of the companies it is in charge of (403 naming the entry otherwise). A company whose staff have now attended every required topic completes its training milestone: recorded once, published as aeo.programme-pilot.training-completed.v1 (the company and its contact officer are told); once every company that accepted to take part has, the pilot’s open training milestones are reported done through the pilot’s workflow (by system:pilot-training, with that evidence; when the pilot has not started or its workflow refuses, nothing more happens and the policy unit reports them). Audited; published as aeo.programme-pilot.training-attendance-recorded.v1. Answers the session as it now is.',
    answer: SessionDetailDto,
    humanStep: true,
  })
  @ApiErrorAnswers({ 404: 'No such pilot or session, or a registration not of the session (naming it)' })
  attendance(@CurrentUser() user: AuthenticatedUser, @Param() params: SessionParams, @Body() body: AttendanceDto) {
    return this.training.recordAttendance(user, params.pilotId, params.sessionId, body);
  }

  @Post('training-sessions/:sessionId/materials')
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Add a material to a training session',
    description:
      'A title with a link or a document reference (one of them, else 400 naming link). Audited; published as aeo.programme-pilot.training-material-added.v1.',
    answer: MaterialResponseDto,
    status: 201,
    humanStep: true,
  })
  @ApiErrorAnswers({ 404: 'No such pilot or session' })
  material(@CurrentUser() user: AuthenticatedUser, @Param() params: SessionParams, @Body() body: MaterialDto) {
    return this.training.addMaterial(user, params.pilotId, params.sessionId, body);
  }

  @Get('companies/:taxpayerId/training')
  @Operation({
    roles: READERS,
    summary: 'A pilot company’s training status (its training milestone)',
    description:
      'The required topics of the pilot’s company-staff sessions, those the company’s staff attended, the missing ones, and whether (and when) the company completed its training. Regional staff read their region’s companies, an operator user its own.',
    answer: TrainingStatusDto,
  })
  @ApiErrorAnswers({
    403: 'A company of another region (regional staff)',
    404: 'No such pilot, or the company is not in it, or another company (operator users)',
  })
  status(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: PilotCompanyParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.training.status(user, params.pilotId, params.taxpayerId);
  }
}

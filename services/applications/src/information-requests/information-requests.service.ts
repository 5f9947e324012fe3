import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { Client, WorkflowHandle } from '@temporalio/client';
import { ApplicationInformationReceived, ApplicationInformationRequested } from '@aeo/contracts';
import { AuthenticatedUser } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, takeHumanStepOnce } from '@aeo/persistence';
import { informationReceivedSignal, informationRequestedSignal } from '@aeo/workflows';
import { fieldBadRequest } from '@aeo/service-kit';
import { lockExistingApplication } from '../applications/applications.repository';
import { ApplicationsService } from '../applications/applications.service';
import { getOperator } from '../operators/operators.repository';
import { ProgrammeService } from '../programme/programme.service';
import type { InformationReplyDto, RequestInformationDto } from './information-request.schemas';
import type { InformationRequestView } from './information-request.response';
import {
  type InformationRequest,
  informationRequestView as view,
  insertInformationRequestOf,
  listInformationRequestsOf,
  lockInformationRequestOf,
  recordInformationReplyTo,
} from './information-requests.repository';
import { applicationEvent } from '../shared/application-events';
import { tellCertificationWorkflow } from '../certification/certification-workflow';

const DAY_MS = 86_400_000;

/**
 * Requests for missing information during acceptance (domain.md: a deadline of at most 30 days).
 * The request and the reply are recorded with their events first; then the certification
 * workflow is told, which stops the acceptance clock while the reply is awaited.
 */
@Injectable()
export class InformationRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly programme: ProgrammeService,
    private readonly outbox: OutboxWriter,
    private readonly temporal: Client,
  ) {}

  async request(
    user: AuthenticatedUser,
    applicationId: string,
    body: RequestInformationDto,
  ): Promise<InformationRequestView> {
    const application = await this.applications.get(user, applicationId);
    const max = (await this.programme.get(application.programmeVersion ?? 1)).document.timeLimits
      .informationRequestMaxDays;
    if (body.dueInDays > max)
      throw fieldBadRequest(
        'dueInDays',
        `at most ${max} days under programme version ${application.programmeVersion ?? 1}`,
      );
    let created: InformationRequest;
    try {
      created = await this.dataSource.transaction(async (manager) => {
        const locked = await lockExistingApplication(manager, application.id);
        if (locked.status !== 'submitted')
          throw new ConflictException(
            `Application ${applicationId} is ${locked.status}; information is requested during acceptance only`,
          );
        const id = randomUUID();
        const dueBy = new Date(Date.now() + body.dueInDays * DAY_MS);
        const row = await insertInformationRequestOf(manager, {
          id,
          applicationId: locked.id,
          questions: body.questions,
          requestedBy: user.sub,
          dueBy,
        });
        const operator = await getOperator(manager, locked.operatorId);
        await this.outbox.append(
          manager,
          ApplicationInformationRequested,
          applicationEvent(locked, operator, {
            requestId: id,
            requestedBy: user.sub,
            questions: body.questions,
            dueBy: dueBy.toISOString(),
          }),
        );
        await recordAudit(manager, {
          actor: user,
          action: 'application.information-requested',
          entityType: 'application',
          entityId: locked.id,
          after: { requestId: id, dueBy: dueBy.toISOString() },
          reason: body.questions,
          correlationId: currentCorrelationId(),
        });
        // Told inside the transaction: a failed hand-over records nothing, so the request can be repeated.
        await this.tell(applicationId, (handle) =>
          handle.signal(informationRequestedSignal, {
            requestId: id,
            requestedBy: user.sub,
            dueBy: dueBy.toISOString(),
          }),
        );
        return row;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505')
        throw new ConflictException(`Application ${applicationId} already has an open information request`);
      throw error;
    }
    return view(created);
  }

  /** The operator's reply, a step taken once per request: the same reply again answers as the first time, another one 409. */
  async reply(
    user: AuthenticatedUser,
    applicationId: string,
    requestId: string,
    body: InformationReplyDto,
  ): Promise<InformationRequestView> {
    const application = await this.applications.get(user, applicationId);
    const step = {
      subjectType: 'information-request',
      subjectId: `${application.id}/${requestId}`,
      step: 'reply',
      request: body,
      actor: user.sub,
      summary: 'answered',
    };
    const { answer } = await takeHumanStepOnce(this.dataSource, step, async (manager) => {
      const row = await lockInformationRequestOf(manager, application.id, requestId);
      if (!row)
        throw new NotFoundException(`Information request ${requestId} not found in application ${applicationId}`);
      if (row.respondedAt)
        throw new ConflictException(
          `Information request ${requestId} was answered on ${row.respondedAt.toISOString()} by ${row.respondedBy}`,
        );
      const updated = await recordInformationReplyTo(manager, requestId, body.response, user.sub);
      const operator = await getOperator(manager, application.operatorId);
      await this.outbox.append(
        manager,
        ApplicationInformationReceived,
        applicationEvent(application, operator, {
          requestId,
          respondedBy: user.sub,
          respondedAt: updated.respondedAt!.toISOString(),
        }),
      );
      await recordAudit(manager, {
        actor: user,
        action: 'application.information-received',
        entityType: 'application',
        entityId: application.id,
        after: { requestId },
        correlationId: currentCorrelationId(),
      });
      await this.tell(applicationId, (handle) =>
        handle.signal(informationReceivedSignal, { requestId, respondedBy: user.sub }),
      );
      return view(updated);
    });
    return answer;
  }

  async list(user: AuthenticatedUser, applicationId: string): Promise<InformationRequestView[]> {
    const application = await this.applications.get(user, applicationId);
    return (await listInformationRequestsOf(this.dataSource, application.id)).map(view);
  }

  private tell(applicationId: string, send: (handle: WorkflowHandle) => Promise<void>): Promise<void> {
    return tellCertificationWorkflow(this.temporal, applicationId, send, { unavailable: 'nothing was recorded' });
  }
}

import { BadRequestException, ConflictException, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { ApplicationInformationReceived, ApplicationInformationRequested } from '@aeo/contracts';
import { AuthenticatedUser } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, takeHumanStepOnce } from '@aeo/persistence';
import { certificationWorkflowId, informationReceivedSignal, informationRequestedSignal } from '@aeo/workflows';
import { ApplicationEntity } from '../applications/application.entity';
import { ApplicationsService } from '../applications/applications.service';
import { OperatorEntity } from '../operators/operator.entity';
import { ProgrammeService } from '../programme/programme.service';
import type { InformationReplyDto, RequestInformationDto } from './information-request.schemas';
import type { InformationRequestView } from './information-request.response';

const DAY_MS = 86_400_000;

type Row = { id: string; application_id: string; questions: string; requested_by: string; requested_at: Date; due_by: Date; response: string | null; responded_by: string | null; responded_at: Date | null };
const view = (r: Row): InformationRequestView => ({
  id: r.id,
  applicationId: r.application_id,
  questions: r.questions,
  requestedBy: r.requested_by,
  requestedAt: new Date(r.requested_at).toISOString(),
  dueBy: new Date(r.due_by).toISOString(),
  response: r.response,
  respondedBy: r.responded_by,
  respondedAt: r.responded_at ? new Date(r.responded_at).toISOString() : null,
});

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

  async request(user: AuthenticatedUser, applicationId: string, body: RequestInformationDto): Promise<InformationRequestView> {
    const application = await this.applications.get(user, applicationId);
    const max = (await this.programme.get(application.programmeVersion ?? 1)).document.timeLimits.informationRequestMaxDays;
    if (body.dueInDays > max) throw new BadRequestException(`dueInDays: at most ${max} days under programme version ${application.programmeVersion ?? 1}`);
    let created: Row;
    try {
      created = await this.dataSource.transaction(async (manager) => {
        const locked = await manager.findOneOrFail(ApplicationEntity, { where: { id: application.id }, lock: { mode: 'pessimistic_write' } });
        if (locked.status !== 'submitted') throw new ConflictException(`Application ${applicationId} is ${locked.status}; information is requested during acceptance only`);
        const id = randomUUID();
        const dueBy = new Date(Date.now() + body.dueInDays * DAY_MS);
        const [row]: Row[] = await manager.query(
          `INSERT INTO information_requests (id, application_id, questions, requested_by, due_by) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
          [id, locked.id, body.questions, user.sub, dueBy],
        );
        const operator = await manager.findOneByOrFail(OperatorEntity, { id: locked.operatorId });
        await this.outbox.append(manager, ApplicationInformationRequested, {
          subject: locked.id,
          aggregateId: locked.operatorId,
          data: { applicationId: locked.id, operatorId: locked.operatorId, taxpayerId: operator.taxpayerId, region: locked.region, statusType: locked.statusType, requestId: id, requestedBy: user.sub, questions: body.questions, dueBy: dueBy.toISOString() },
        });
        await recordAudit(manager, { actor: user, action: 'application.information-requested', entityType: 'application', entityId: locked.id, after: { requestId: id, dueBy: dueBy.toISOString() }, reason: body.questions, correlationId: currentCorrelationId() });
        // Told inside the transaction: a failed hand-over records nothing, so the request can be repeated.
        await this.tell(applicationId, (handle) => handle.signal(informationRequestedSignal, { requestId: id, requestedBy: user.sub, dueBy: dueBy.toISOString() }));
        return row;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') throw new ConflictException(`Application ${applicationId} already has an open information request`);
      throw error;
    }
    return view(created);
  }

  /** The operator's reply, a step taken once per request: the same reply again answers as the first time, another one 409. */
  async reply(user: AuthenticatedUser, applicationId: string, requestId: string, body: InformationReplyDto): Promise<InformationRequestView> {
    const application = await this.applications.get(user, applicationId);
    const step = { subjectType: 'information-request', subjectId: `${application.id}/${requestId}`, step: 'reply', request: body, actor: user.sub, summary: 'answered' };
    const { answer } = await takeHumanStepOnce(this.dataSource, step, async (manager) => {
      const [row]: Row[] = await manager.query(`SELECT * FROM information_requests WHERE id = $1 AND application_id = $2 FOR UPDATE`, [requestId, application.id]);
      if (!row) throw new NotFoundException(`Information request ${requestId} not found in application ${applicationId}`);
      if (row.responded_at) throw new ConflictException(`Information request ${requestId} was answered on ${new Date(row.responded_at).toISOString()} by ${row.responded_by}`);
      await manager.query(`UPDATE information_requests SET response = $2, responded_by = $3, responded_at = now() WHERE id = $1`, [requestId, body.response, user.sub]);
      const [updated]: Row[] = await manager.query(`SELECT * FROM information_requests WHERE id = $1`, [requestId]);
      const operator = await manager.findOneByOrFail(OperatorEntity, { id: application.operatorId });
      await this.outbox.append(manager, ApplicationInformationReceived, {
        subject: application.id,
        aggregateId: application.operatorId,
        data: { applicationId: application.id, operatorId: application.operatorId, taxpayerId: operator.taxpayerId, region: application.region, statusType: application.statusType, requestId, respondedBy: user.sub, respondedAt: new Date(updated.responded_at!).toISOString() },
      });
      await recordAudit(manager, { actor: user, action: 'application.information-received', entityType: 'application', entityId: application.id, after: { requestId }, correlationId: currentCorrelationId() });
      await this.tell(applicationId, (handle) => handle.signal(informationReceivedSignal, { requestId, respondedBy: user.sub }));
      return view(updated);
    });
    return answer;
  }

  async list(user: AuthenticatedUser, applicationId: string): Promise<InformationRequestView[]> {
    const application = await this.applications.get(user, applicationId);
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM information_requests WHERE application_id = $1 ORDER BY requested_at`, [application.id]);
    return rows.map(view);
  }

  private async tell(applicationId: string, send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<void>): Promise<void> {
    try {
      await send(this.temporal.workflow.getHandle(certificationWorkflowId(applicationId)));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new ConflictException(`The certification workflow of application ${applicationId} is not running`);
      throw new ServiceUnavailableException(`Workflow service unavailable (${(error as Error).message}); nothing was recorded: repeat the request`);
    }
  }
}

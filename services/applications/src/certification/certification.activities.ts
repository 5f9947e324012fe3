import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ApplicationAccepted,
  ApplicationDecisionDue,
  ApplicationDecisionExtended,
  ApplicationDecisionOverdue,
  ApplicationHearingOpened,
  ApplicationRejected,
  AuthorisationGranted,
  AuthorisationRefused,
} from '@aeo/contracts';
import { APP_CONFIG } from '@aeo/config';
import { OutboxWriter } from '@aeo/messaging';
import { recordAudit } from '@aeo/persistence';
import { boundActivities } from '@aeo/temporal';
import { ApplicationsActivities, illegalTransition, notFound } from '@aeo/workflows';
import { ApplicationStatus, canTransition } from '../applications/application-status';
import {
  type Application,
  lockApplicationById,
  markApplicationAccepted,
  markApplicationDecided,
  markApplicationHearing,
  markApplicationRejected,
  setApplicationDecisionDeadline,
} from '../applications/applications.repository';
import { type Operator, getOperator } from '../operators/operators.repository';
import type { ApplicationsConfig } from '../config';
import {
  findAuthorisationNumberOf,
  insertGrant,
  nextAuthorisationNumberSerial,
  noteDeadlineNotice,
} from './certification.repository';
import { applicationEvent } from '../shared/application-events';

type Activity<K extends keyof ApplicationsActivities> = Parameters<ApplicationsActivities[K]>[0];

/**
 * Activities on the applications' data, hosted on the `aeo-applications` task queue. Each one
 * is idempotent: a retried activity that already took effect changes nothing.
 */
@Injectable()
export class CertificationActivities implements ApplicationsActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: ApplicationsConfig,
  ) {}

  /** Bound functions for the Temporal worker. */
  asActivities(): ApplicationsActivities {
    return boundActivities(this, [
      'recordAcceptance',
      'recordRejection',
      'recordDecisionDeadline',
      'openHearing',
      'issueAuthorisation',
      'recordRefusal',
    ]);
  }

  async recordAcceptance(input: {
    applicationId: string;
    deemed: boolean;
    decidedBy: string;
    decisionDeadline: string;
  }): Promise<void> {
    await this.transition(input.applicationId, 'accepted', async (manager, application, operator) => {
      const acceptedAt = new Date();
      await markApplicationAccepted(manager, application.id, {
        acceptedAt,
        decisionDeadline: new Date(input.decisionDeadline),
        decidedBy: input.decidedBy,
        statusReason: input.deemed ? 'deemed accepted' : null,
      });
      await this.outbox.append(
        manager,
        ApplicationAccepted,
        applicationEvent(application, operator, {
          acceptedAt: acceptedAt.toISOString(),
          deemed: input.deemed,
          decidedBy: input.decidedBy,
          decisionDeadline: input.decisionDeadline,
        }),
      );
      await auditDecision(manager, application, {
        by: input.decidedBy,
        roles: input.deemed ? ['system'] : ['customs'],
        action: input.deemed ? 'application.deemed-accepted' : 'application.accepted',
        after: { status: 'accepted', decisionDeadline: input.decisionDeadline },
      });
    });
  }

  async recordRejection(input: { applicationId: string; decidedBy: string; reason: string }): Promise<void> {
    await this.transition(input.applicationId, 'rejected', async (manager, application, operator) => {
      const rejectedAt = new Date();
      await markApplicationRejected(manager, application.id, input.decidedBy, input.reason);
      await this.outbox.append(
        manager,
        ApplicationRejected,
        applicationEvent(application, operator, {
          rejectedAt: rejectedAt.toISOString(),
          decidedBy: input.decidedBy,
          reason: input.reason,
        }),
      );
      await auditDecision(manager, application, {
        by: input.decidedBy,
        roles: ['customs'],
        action: 'application.rejected',
        after: { status: 'rejected' },
        reason: input.reason,
      });
    });
  }

  /** "Decision due", "decision overdue" (escalation) or "extended": recorded and published once. */
  async recordDecisionDeadline(input: Activity<'recordDecisionDeadline'>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.lockApplication(manager, input.applicationId);
      if (!(await noteDeadlineNotice(manager, application.id, input.kind, input.decisionDeadline))) return;
      const operator = await getOperator(manager, application.operatorId);
      if (input.kind === 'extended') {
        if (!input.decidedBy || !input.reasons?.length)
          throw illegalTransition('An extension needs who decided it and its reasons');
        await setApplicationDecisionDeadline(manager, application.id, new Date(input.decisionDeadline));
        await this.outbox.append(
          manager,
          ApplicationDecisionExtended,
          applicationEvent(application, operator, {
            decisionDeadline: input.decisionDeadline,
            decidedBy: input.decidedBy,
            reasons: input.reasons,
          }),
        );
        await recordAudit(manager, {
          actor: { sub: input.decidedBy, roles: ['executive'] },
          action: 'application.decision-extended',
          entityType: 'application',
          entityId: application.id,
          before: { decisionDeadline: application.decisionDeadline },
          after: { decisionDeadline: input.decisionDeadline },
          reason: input.reasons.join('; '),
        });
      } else {
        const definition = input.kind === 'due' ? ApplicationDecisionDue : ApplicationDecisionOverdue;
        await this.outbox.append(
          manager,
          definition,
          applicationEvent(application, operator, { decisionDeadline: input.decisionDeadline }),
        );
      }
    });
  }

  /** An intended refusal: the operator gets the grounds and may comment until `respondBy`. */
  async openHearing(input: Activity<'openHearing'>): Promise<void> {
    await this.transition(input.applicationId, 'hearing', async (manager, application, operator) => {
      await markApplicationHearing(manager, application.id, {
        grounds: input.grounds,
        respondBy: new Date(input.respondBy),
        decidedBy: input.decidedBy,
      });
      await this.outbox.append(
        manager,
        ApplicationHearingOpened,
        applicationEvent(application, operator, {
          grounds: input.grounds,
          decidedBy: input.decidedBy,
          respondBy: input.respondBy,
        }),
      );
      await auditDecision(manager, application, {
        by: input.decidedBy,
        roles: ['executive'],
        action: 'application.refusal-intended',
        after: { status: 'hearing', respondBy: input.respondBy },
        reason: input.grounds.join('; '),
      });
    });
  }

  /** Enters the authorisation in the AEO register and publishes the grant; a retry returns the same number. */
  async issueAuthorisation(input: Activity<'issueAuthorisation'>): Promise<{ authorisationNumber: string }> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockApplication(manager, input.applicationId);
      const existing = await findAuthorisationNumberOf(manager, application.id);
      if (existing) return { authorisationNumber: existing };
      this.assertCan(application, 'granted');
      const operator = await getOperator(manager, application.operatorId);
      const year = input.decidedAt.slice(0, 4);
      const n = await nextAuthorisationNumberSerial(manager);
      const authorisationNumber = `${this.config.AUTHORISATION_COUNTRY_CODE}-${application.statusType}-${year}-${n.padStart(5, '0')}`;
      const revalidationDue = new Date(input.effectiveFrom);
      revalidationDue.setUTCFullYear(revalidationDue.getUTCFullYear() + this.config.REVALIDATION_YEARS);
      await insertGrant(manager, {
        authorisationNumber,
        applicationId: application.id,
        operatorId: application.operatorId,
        taxpayerId: operator.taxpayerId,
        region: application.region,
        statusType: application.statusType,
        conditions: input.conditions,
        decidedBy: input.decidedBy,
        decidedAt: input.decidedAt,
        effectiveFrom: input.effectiveFrom,
        revalidationDue,
        consentToMraSharing: application.consentToMraSharing,
        details: {
          applicationId: application.id,
          reasons: input.reasons,
          conditions: input.conditions,
          effectiveFrom: input.effectiveFrom,
        },
      });
      await markApplicationDecided(manager, application.id, {
        status: 'granted',
        decidedBy: input.decidedBy,
        decidedAt: new Date(input.decidedAt),
        reasons: input.reasons,
      });
      await this.outbox.append(manager, AuthorisationGranted, {
        subject: authorisationNumber,
        aggregateId: application.operatorId,
        data: {
          authorisationNumber,
          operatorId: application.operatorId,
          taxpayerId: operator.taxpayerId,
          region: application.region,
          statusType: application.statusType,
          consentToMraSharing: application.consentToMraSharing,
          decidedAt: input.decidedAt,
          effectiveFrom: input.effectiveFrom,
          revalidationDue: revalidationDue.toISOString(),
        },
      });
      await auditDecision(manager, application, {
        by: input.decidedBy,
        roles: ['executive'],
        action: 'authorisation.granted',
        after: {
          status: 'granted',
          authorisationNumber,
          effectiveFrom: input.effectiveFrom,
          conditions: input.conditions,
        },
        reason: input.reasons.join('; '),
      });
      return { authorisationNumber };
    });
  }

  /** The final refusal, after the right to be heard. */
  async recordRefusal(input: Activity<'recordRefusal'>): Promise<void> {
    await this.transition(input.applicationId, 'refused', async (manager, application, operator) => {
      const decidedAt = new Date();
      await markApplicationDecided(manager, application.id, {
        status: 'refused',
        decidedBy: input.decidedBy,
        decidedAt,
        reasons: input.reasons,
      });
      await this.outbox.append(
        manager,
        AuthorisationRefused,
        applicationEvent(application, operator, {
          decidedBy: input.decidedBy,
          decidedAt: decidedAt.toISOString(),
          reasons: input.reasons,
          operatorCommented: input.hearing.responded,
        }),
      );
      await auditDecision(manager, application, {
        by: input.decidedBy,
        roles: ['executive'],
        action: 'authorisation.refused',
        after: { status: 'refused', operatorCommented: input.hearing.responded },
        reason: input.reasons.join('; '),
      });
    });
  }

  private async lockApplication(manager: EntityManager, applicationId: string): Promise<Application> {
    const application = await lockApplicationById(manager, applicationId);
    if (!application) throw notFound(`Application ${applicationId} not found`);
    return application;
  }

  private assertCan(application: Application, target: ApplicationStatus): void {
    if (!canTransition(application.status, target)) {
      throw illegalTransition(`Application ${application.id} is ${application.status}; it cannot become ${target}`);
    }
  }

  private async transition(
    applicationId: string,
    target: ApplicationStatus,
    apply: (manager: EntityManager, application: Application, operator: Operator) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.lockApplication(manager, applicationId);
      if (application.status === target) return;
      this.assertCan(application, target);
      const operator = await getOperator(manager, application.operatorId);
      await apply(manager, application, operator);
    });
  }
}

/** The audit entry of a decision on an application: who took it, the status before, what it became and why. */
function auditDecision(
  manager: EntityManager,
  application: Application,
  decision: { by: string; roles: string[]; action: string; after: Record<string, unknown>; reason?: string },
): Promise<void> {
  return recordAudit(manager, {
    actor: { sub: decision.by, roles: decision.roles },
    action: decision.action,
    entityType: 'application',
    entityId: application.id,
    before: { status: application.status },
    after: decision.after,
    reason: decision.reason,
  });
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, assertScope } from '@aeo/auth';
import { foundOr404 } from '@aeo/service-kit';
import type { ApplicationsConfig } from '../config';
import { type Application, findApplicationById, listApplicationsBy } from '../applications/applications.repository';
import { listInformationRequestsOf } from '../information-requests/information-requests.repository';
import { assertCompanyMember } from '../operators/company-membership';
import { type Operator, findOperatorById } from '../operators/operators.repository';
import {
  type RegisterEntry,
  findRegisterEntryOfApplication,
  listRegisterEntries,
  listRegisterHistory,
} from '../register/register.repository';
import { SelfAssessmentService } from '../self-assessment/self-assessment.service';
import { type NextStep, answeredSteps, applicationSteps, authorisationSteps } from './next-steps';

/** An operator has few applications and authorisations; these bound the reads all the same. */
const MAX_APPLICATIONS = 100;
const MAX_AUTHORISATIONS = 20;
const OPEN_APPLICATION = ['draft', 'submitted', 'accepted', 'hearing'];
const IN_FORCE = ['granted', 'suspended'];

/**
 * What the trader must do next and what customs waits for, with the deadlines on both sides,
 * for one application (and the authorisation granted on it) or for a company across its open
 * applications and authorisations in force.
 */
@Injectable()
export class NextStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly selfAssessment: SelfAssessmentService,
    @Inject(APP_CONFIG) private readonly config: Pick<ApplicationsConfig, 'PROGRAMME_TIME_ZONE'>,
  ) {}

  async ofApplication(user: AuthenticatedUser, applicationId: string) {
    const application = await foundOr404(
      findApplicationById(this.dataSource, applicationId),
      `Application ${applicationId}`,
    );
    await this.operatorInScope(user, application.operatorId, `Application ${applicationId}`);
    const now = new Date();
    const steps = await this.applicationSteps(application, now);
    if (application.status === 'granted') {
      const authorisation = await findRegisterEntryOfApplication(this.dataSource, application.id);
      if (authorisation) steps.push(...(await this.authorisationSteps(authorisation, now)));
    }
    return this.answer(steps, now);
  }

  async ofOperator(user: AuthenticatedUser, operatorId: string) {
    const operator = await this.operatorInScope(user, operatorId, `Operator ${operatorId}`);
    const now = new Date();
    const applications = (await listApplicationsBy(this.dataSource, { operatorId, limit: MAX_APPLICATIONS })).filter(
      (application) => OPEN_APPLICATION.includes(application.status),
    );
    const authorisations = (
      await listRegisterEntries(this.dataSource, { taxpayerId: operator.taxpayerId, limit: MAX_AUTHORISATIONS })
    ).filter((entry) => IN_FORCE.includes(entry.status));
    const steps: NextStep[] = [];
    for (const application of applications) steps.push(...(await this.applicationSteps(application, now)));
    for (const authorisation of authorisations) steps.push(...(await this.authorisationSteps(authorisation, now)));
    return this.answer(steps, now);
  }

  /**
   * The operator when the caller may see it: staff of its region (403 for another), an operator
   * user linked to it. Another company's record is, for an operator user, one that does not exist
   * (404, the message a missing one gets).
   */
  private async operatorInScope(user: AuthenticatedUser, operatorId: string, what: string): Promise<Operator> {
    const operator = await foundOr404(findOperatorById(this.dataSource, operatorId), what);
    assertScope(user, operator, what);
    await assertCompanyMember(this.dataSource, user, operator.id);
    return operator;
  }

  private async applicationSteps(application: Application, now: Date): Promise<NextStep[]> {
    const informationRequests =
      application.status === 'submitted' ? await listInformationRequestsOf(this.dataSource, application.id) : [];
    const completeness =
      application.status === 'draft'
        ? await this.selfAssessment.completeness(this.dataSource.manager, application)
        : undefined;
    return applicationSteps({ ...application, informationRequests, completeness }, now);
  }

  private async authorisationSteps(authorisation: RegisterEntry, now: Date): Promise<NextStep[]> {
    const history = await listRegisterHistory(this.dataSource, authorisation.authorisationNumber);
    return authorisationSteps({ ...authorisation, history }, now);
  }

  private answer(steps: NextStep[], now: Date) {
    return {
      timeZone: this.config.PROGRAMME_TIME_ZONE,
      asOf: now,
      items: answeredSteps(steps, now, this.config.PROGRAMME_TIME_ZONE),
    };
  }
}

import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser } from '@aeo/auth';
import { foundOr404, type Page } from '@aeo/service-kit';
import type { ValidationConfig } from '../config';
import type { CompanyValidationsQuery } from './company-validations.schemas';
import type { CompanyValidation, CompanyValidationDetail } from './company-validations.response';
import { readCompanyValidation, readCompanyValidations } from './company-validations.repository';
import { linkedCompanyOf } from '../operator-members/operator-members.projection';

/**
 * What an operator user sees of its own company's validation cases (the company of its token,
 * as every read of this service): site visit notices, corrective actions to answer, the
 * report's outcome. Another company's case is one that does not exist (404).
 */
@Injectable()
export class CompanyValidationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<ValidationConfig, 'PROGRAMME_TIME_ZONE'>,
  ) {}

  async page(user: AuthenticatedUser, query: CompanyValidationsQuery): Promise<Page<CompanyValidation>> {
    return readCompanyValidations(this.dataSource, { ...query, taxpayerId: await this.companyIn(user) });
  }

  async get(user: AuthenticatedUser, caseId: string): Promise<CompanyValidationDetail> {
    const taxpayerId = await this.companyIn(user);
    return foundOr404(
      readCompanyValidation(this.dataSource, taxpayerId, caseId, this.config.PROGRAMME_TIME_ZONE),
      `Validation case ${caseId}`,
    );
  }

  /** The operator user's company, while it is linked to it (403 otherwise: a token's taxpayer id alone proves nothing). */
  private async companyIn(user: AuthenticatedUser): Promise<string> {
    const taxpayerId = await linkedCompanyOf(this.dataSource, user);
    if (taxpayerId === undefined) throw new ForbiddenException('Only operator users have a company view');
    return taxpayerId;
  }
}

import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, companyOf } from '@aeo/auth';
import { foundOr404, type Page } from '@aeo/service-kit';
import type { ValidationConfig } from '../config';
import type { CompanyValidationsQuery } from './company-validations.schemas';
import type { CompanyValidation, CompanyValidationDetail } from './company-validations.response';
import { readCompanyValidation, readCompanyValidations } from './company-validations.repository';

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

  page(user: AuthenticatedUser, query: CompanyValidationsQuery): Promise<Page<CompanyValidation>> {
    return readCompanyValidations(this.dataSource, { ...query, taxpayerId: companyIn(user) });
  }

  get(user: AuthenticatedUser, caseId: string): Promise<CompanyValidationDetail> {
    return foundOr404(
      readCompanyValidation(this.dataSource, companyIn(user), caseId, this.config.PROGRAMME_TIME_ZONE),
      `Validation case ${caseId}`,
    );
  }
}

function companyIn(user: AuthenticatedUser): string {
  const taxpayerId = companyOf(user);
  if (taxpayerId === undefined)
    throw new ForbiddenException('Your token names no company (taxpayerId): the identity provider links you to one');
  return taxpayerId;
}

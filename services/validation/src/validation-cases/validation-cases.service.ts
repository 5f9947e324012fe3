import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, regionOf } from '@aeo/auth';
import { ValidationCaseEntity } from './validation-case.entity';
import type { ListValidationCasesQuery } from './validation-case.schemas';

@Injectable()
export class ValidationCasesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Regional staff see the cases of their region; national roles see all. Newest first. */
  async list(user: AuthenticatedUser, query: ListValidationCasesQuery): Promise<ValidationCaseEntity[]> {
    const builder = this.dataSource.manager.createQueryBuilder(ValidationCaseEntity, 'c').orderBy('c.opened_at', 'DESC').limit(query.limit);
    const scopedRegion = regionOf(user);
    if (scopedRegion) builder.andWhere('c.region = :scopedRegion', { scopedRegion });
    return builder.getMany();
  }

  async get(user: AuthenticatedUser, caseId: string): Promise<ValidationCaseEntity> {
    const validationCase = await this.dataSource.manager.findOneBy(ValidationCaseEntity, { id: caseId });
    if (!validationCase) throw new NotFoundException(`Validation case ${caseId} not found`);
    const scopedRegion = regionOf(user);
    if (scopedRegion && scopedRegion !== validationCase.region) {
      throw new ForbiddenException(`Region ${validationCase.region} is outside your scope (${scopedRegion})`);
    }
    return validationCase;
  }
}

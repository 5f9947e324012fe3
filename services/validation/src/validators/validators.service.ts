import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, regionFilterOf, regionOf } from '@aeo/auth';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, type SqlRunner } from '@aeo/persistence';
import type { ValidatorView } from './validator.response';
import type { ListValidatorsQuery, RegisterValidatorDto } from './validators.schemas';
import {
  insertValidator,
  leastBusyValidator,
  listValidators,
  lockValidator,
  updateValidatorInScope,
  type Validator,
} from './validators.repository';

/** The validators of each region; a new case goes to the active validator of its region with the fewest open cases. */
@Injectable()
export class ValidatorsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Registers a validator, or updates one already registered under the same `sub`. A regional
   * office acts only within its region, on both sides: it creates validators of its region and
   * updates only validators already of its region (it cannot take over another region's).
   * Operations (national scope) may move a validator to another region; the audit entry keeps
   * the record before and after. The region is one of `CUSTOMS_REGIONS` (the controller's
   * `CustomsRegionPipe`).
   */
  async register(user: AuthenticatedUser, body: RegisterValidatorDto): Promise<ValidatorView> {
    const scope = regionOf(user);
    if (scope && scope !== body.region)
      throw new ForbiddenException(`Region ${body.region} is outside your scope (${scope})`);
    await this.dataSource.transaction(async (manager) => {
      const validator = { sub: body.sub, name: body.name, region: body.region, active: body.active };
      // A new validator: inserted, or, when another transaction registers the same sub at once,
      // nothing is written here until that one has committed (a unique index waits for it); then
      // the row exists and is locked and checked below. A `SELECT … FOR UPDATE` alone would lock
      // nothing while the row does not exist yet, and let a second region move it.
      let before: Validator | null = null;
      if (!(await insertValidator(manager, validator, user.sub))) {
        before = await lockValidator(manager, body.sub);
        // The update itself is conditional on the region (operations: unconditional), so no row of another region is ever changed.
        const updated = await updateValidatorInScope(manager, validator, scope ?? null);
        if (!updated || !before) {
          throw new ForbiddenException(
            `Validator ${body.sub} belongs to region ${before?.region ?? '(unknown)'}, outside your scope (${scope}); only that region's office or operations may change it`,
          );
        }
      }
      await recordAudit(manager, {
        actor: user,
        action: before ? 'validator.updated' : 'validator.registered',
        entityType: 'validator',
        entityId: body.sub,
        before,
        after: validator,
        correlationId: currentCorrelationId(),
      });
    });
    return (await this.list(user, { region: body.region })).find((v) => v.sub === body.sub)!;
  }

  async list(user: AuthenticatedUser, query: ListValidatorsQuery): Promise<ValidatorView[]> {
    return listValidators(this.dataSource, regionFilterOf(user, query.region) ?? null);
  }

  /** The least busy active validator of the region (ties: by id), or null when the region has none. */
  leastBusy(runner: SqlRunner, region: string): Promise<string | null> {
    return leastBusyValidator(runner, region);
  }
}

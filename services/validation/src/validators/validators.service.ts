import { BadRequestException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthenticatedUser, regionOf } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import type { ValidationConfig } from '../config';
import type { ValidatorView } from './validator.response';
import type { ListValidatorsQuery, RegisterValidatorDto } from './validators.schemas';

/** The validators of each region; a new case goes to the active validator of its region with the fewest open cases. */
@Injectable()
export class ValidatorsService {
  private readonly regions: ReadonlySet<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: ValidationConfig,
  ) {
    this.regions = new Set(config.CUSTOMS_REGIONS);
  }

  /**
   * Registers a validator, or updates one already registered under the same `sub`. A regional
   * office acts only within its region, on both sides: it creates validators of its region and
   * updates only validators already of its region (it cannot take over another region's).
   * Operations (national scope) may move a validator to another region; the audit entry keeps
   * the record before and after.
   */
  async register(user: AuthenticatedUser, body: RegisterValidatorDto): Promise<ValidatorView> {
    if (!this.regions.has(body.region)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `region: ${body.region} is not a customs region of the programme (${[...this.regions].join(', ')})` });
    }
    const scope = regionOf(user);
    if (scope && scope !== body.region) throw new ForbiddenException(`Region ${body.region} is outside your scope (${scope})`);
    await this.dataSource.transaction(async (manager) => {
      const values = [body.sub, body.name, body.region, body.active];
      // A new validator: inserted, or, when another transaction registers the same sub at once,
      // nothing is written here until that one has committed (a unique index waits for it); then
      // the row exists and is locked and checked below. A `SELECT … FOR UPDATE` alone would lock
      // nothing while the row does not exist yet, and let a second region move it.
      const inserted: unknown[] = await manager.query(`INSERT INTO validators (sub, name, region, active, registered_by) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sub) DO NOTHING RETURNING sub`, [...values, user.sub]);
      let before: { sub: string; name: string; region: string; active: boolean } | null = null;
      if (inserted.length === 0) {
        [before] = await manager.query(`SELECT sub, name, region, active FROM validators WHERE sub = $1 FOR UPDATE`, [body.sub]);
        // The update itself is conditional on the region (operations: unconditional), so no row of another region is ever changed.
        const [, updated]: [unknown, number] = await manager.query(
          `UPDATE validators SET name = $2, region = $3, active = $4 WHERE sub = $1 AND ($5::text IS NULL OR region = $5)`,
          [...values, scope ?? null],
        );
        if (updated === 0 || !before) {
          throw new ForbiddenException(`Validator ${body.sub} belongs to region ${before?.region ?? '(unknown)'}, outside your scope (${scope}); only that region's office or operations may change it`);
        }
      }
      const after = { sub: body.sub, name: body.name, region: body.region, active: body.active };
      await recordAudit(manager, {
        actor: user,
        action: before ? 'validator.updated' : 'validator.registered',
        entityType: 'validator',
        entityId: body.sub,
        before: before ? { sub: before.sub, name: before.name, region: before.region, active: before.active } : null,
        after,
        correlationId: currentCorrelationId(),
      });
    });
    return (await this.list(user, { region: body.region })).find((v) => v.sub === body.sub)!;
  }

  async list(user: AuthenticatedUser, query: ListValidatorsQuery): Promise<ValidatorView[]> {
    const region = regionOf(user) ?? query.region ?? null;
    const rows: { sub: string; name: string; region: string; active: boolean; open_cases: number }[] = await this.dataSource.query(
      `SELECT v.sub, v.name, v.region, v.active, count(c.id)::int AS open_cases
         FROM validators v LEFT JOIN validation_cases c ON c.assigned_validator = v.sub AND c.status = 'open'
        WHERE $1::text IS NULL OR v.region = $1
        GROUP BY v.sub ORDER BY v.region, v.sub`,
      [region],
    );
    return rows.map((r) => ({ sub: r.sub, name: r.name, region: r.region, active: r.active, openCases: r.open_cases }));
  }

  /** The least busy active validator of the region (ties: by id), or null when the region has none. */
  async leastBusy(manager: EntityManager, region: string): Promise<string | null> {
    const [row]: { sub: string }[] = await manager.query(
      `SELECT v.sub FROM validators v LEFT JOIN validation_cases c ON c.assigned_validator = v.sub AND c.status = 'open'
        WHERE v.region = $1 AND v.active GROUP BY v.sub ORDER BY count(c.id), v.sub LIMIT 1`,
      [region],
    );
    return row?.sub ?? null;
  }
}

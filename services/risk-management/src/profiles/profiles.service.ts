import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import type { ComplianceRecorded, DeclarationLodged, EventData } from '@aeo/contracts';
import type { RiskManagementConfig } from '../config';
import { aeoStandingAt, AeoStatusRecord } from '../aeo-status/aeo-benefits';
import { findAeoStatus } from '../aeo-status/aeo-status.repository';
import { ComplianceSeverity, DeclarationWindow, RiskAssessment, scoreRisk } from '../scoring/risk-model';

export interface DeclarationWindows {
  d30: DeclarationWindow;
  d90: DeclarationWindow;
  d365: DeclarationWindow;
}

export interface ScoredProfile {
  taxpayerId: string;
  assessment: RiskAssessment;
  windows: DeclarationWindows;
  aeoStatus: AeoStatusRecord | null;
}

type WindowRow = Record<`d${30 | 90 | 365}_${'declarations' | 'customs_value' | 'duties'}`, string>;

/**
 * Builds operator risk profiles from the feeds: daily declaration buckets, compliance history and
 * the AEO register, scored with the risk model. Every method runs in the caller's transaction
 * (the consumer's, which also claims the event in the inbox).
 */
@Injectable()
export class ProfilesService {
  constructor(@Inject(APP_CONFIG) private readonly config: RiskManagementConfig) {}

  /** Adds a declaration to its trader's daily bucket; returns how many declarations came before. */
  async recordDeclaration(manager: EntityManager, declaration: EventData<typeof DeclarationLodged>): Promise<number> {
    const [previous]: { declarations_total: string }[] = await manager.query(
      `INSERT INTO operator_risk_profiles (taxpayer_id, declarations_total, first_declaration_at, last_declaration_at, updated_at)
       VALUES ($1, 1, $2, $2, now())
       ON CONFLICT (taxpayer_id) DO UPDATE SET
         declarations_total = operator_risk_profiles.declarations_total + 1,
         first_declaration_at = LEAST(operator_risk_profiles.first_declaration_at, EXCLUDED.first_declaration_at),
         last_declaration_at = GREATEST(operator_risk_profiles.last_declaration_at, EXCLUDED.last_declaration_at),
         updated_at = now()
       RETURNING declarations_total - 1 AS declarations_total`,
      [declaration.traderTaxpayerId, declaration.lodgedAt],
    );
    await manager.query(
      `INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties)
       VALUES ($1, ($2::timestamptz AT TIME ZONE 'UTC')::date, 1, $3, $4)
       ON CONFLICT (taxpayer_id, day) DO UPDATE SET
         declarations = declaration_daily.declarations + 1,
         customs_value = declaration_daily.customs_value + EXCLUDED.customs_value,
         duties = declaration_daily.duties + EXCLUDED.duties`,
      [declaration.traderTaxpayerId, declaration.lodgedAt, declaration.customsValue, declaration.duties],
    );
    return Number(previous.declarations_total);
  }

  /** Records a compliance event once; false when it was known already. */
  async recordCompliance(manager: EntityManager, event: EventData<typeof ComplianceRecorded>): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description, declaration_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (compliance_event_id) DO NOTHING RETURNING compliance_event_id`,
      [event.complianceEventId, event.taxpayerId, event.kind, event.severity, event.occurredAt, event.recordedBy, event.description, event.declarationId ?? null],
    );
    return inserted.length === 1;
  }

  /** Rolling windows ending today (UTC), summed in SQL from the daily buckets. */
  async windows(manager: EntityManager, taxpayerId: string, now = new Date()): Promise<DeclarationWindows> {
    const [row]: WindowRow[] = await manager.query(
      `SELECT
         coalesce(sum(declarations) FILTER (WHERE day > $2::date - 30), 0) AS d30_declarations,
         coalesce(sum(customs_value) FILTER (WHERE day > $2::date - 30), 0) AS d30_customs_value,
         coalesce(sum(duties) FILTER (WHERE day > $2::date - 30), 0) AS d30_duties,
         coalesce(sum(declarations) FILTER (WHERE day > $2::date - 90), 0) AS d90_declarations,
         coalesce(sum(customs_value) FILTER (WHERE day > $2::date - 90), 0) AS d90_customs_value,
         coalesce(sum(duties) FILTER (WHERE day > $2::date - 90), 0) AS d90_duties,
         coalesce(sum(declarations), 0) AS d365_declarations,
         coalesce(sum(customs_value), 0) AS d365_customs_value,
         coalesce(sum(duties), 0) AS d365_duties
       FROM declaration_daily
       WHERE taxpayer_id = $1 AND day > $2::date - 365 AND day <= $2::date`,
      [taxpayerId, now.toISOString().slice(0, 10)],
    );
    const window = (days: 30 | 90 | 365): DeclarationWindow => ({
      declarations: Number(row[`d${days}_declarations`]),
      customsValue: Number(row[`d${days}_customs_value`]),
      duties: Number(row[`d${days}_duties`]),
    });
    return { d30: window(30), d90: window(90), d365: window(365) };
  }

  /**
   * Recomputes a trader's score from its history, stores it on the profile and appends to the
   * score history when it changed.
   */
  async rescore(manager: EntityManager, taxpayerId: string, trigger: string, sourceEventId: string, now = new Date()): Promise<ScoredProfile> {
    const weights = this.config.RISK_MODEL_JSON;
    // One connection per transaction: the queries run one after the other anyway.
    const current: { risk_score: string | null }[] = await manager.query(`SELECT risk_score FROM operator_risk_profiles WHERE taxpayer_id = $1 FOR UPDATE`, [taxpayerId]);
    const windows = await this.windows(manager, taxpayerId, now);
    const aeoStatus = await findAeoStatus(manager, taxpayerId);
    const compliance: { severity: ComplianceSeverity; occurred_at: Date }[] = await manager.query(
      `SELECT severity, occurred_at FROM compliance_history WHERE taxpayer_id = $1 AND occurred_at > $2::timestamptz - ($3::int * interval '1 day')`,
      [taxpayerId, now.toISOString(), weights.complianceHorizonDays],
    );
    const assessment = scoreRisk(
      { compliance: compliance.map((row) => ({ severity: row.severity, occurredAt: new Date(row.occurred_at) })), windows, aeo: aeoStandingAt(aeoStatus, now) },
      weights,
      now,
    );
    await manager.query(
      `INSERT INTO operator_risk_profiles (taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (taxpayer_id) DO UPDATE SET
         operator_id = coalesce(EXCLUDED.operator_id, operator_risk_profiles.operator_id),
         aeo_status = EXCLUDED.aeo_status, status_type = EXCLUDED.status_type,
         risk_score = EXCLUDED.risk_score, risk_factors = EXCLUDED.risk_factors, model_version = EXCLUDED.model_version,
         scored_at = EXCLUDED.scored_at, updated_at = now()`,
      [taxpayerId, aeoStatus?.operatorId ?? null, aeoStatus?.status ?? null, aeoStatus?.statusType ?? null, assessment.score, JSON.stringify(assessment.factors), assessment.modelVersion, now],
    );
    const previous = current[0]?.risk_score === null || current[0]?.risk_score === undefined ? null : Number(current[0].risk_score);
    if (previous !== assessment.score) {
      await manager.query(
        `INSERT INTO risk_score_history (taxpayer_id, score, previous_score, factors, model_version, trigger, source_event_id, computed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [taxpayerId, assessment.score, previous, JSON.stringify(assessment.factors), assessment.modelVersion, trigger, sourceEventId, now],
      );
    }
    return { taxpayerId, assessment, windows, aeoStatus };
  }
}

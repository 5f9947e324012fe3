import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import type { ComplianceRecorded, DeclarationLodged, EventData } from '@aeo/contracts';
import type { RiskManagementConfig } from '../config';
import { aeoStandingAt, AeoStatusRecord } from '../aeo-status/aeo-benefits';
import { findAeoStatus, findAeoStatuses } from '../aeo-status/aeo-status.repository';
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

/** What the channel rules need about one declaration's trader, right after that declaration counted. */
export interface DeclarationScoring {
  /** Declarations of the trader before this one. */
  previousDeclarations: number;
  assessment: RiskAssessment;
  aeoStatus: AeoStatusRecord | null;
}

export interface RecordedDeclaration {
  declaration: EventData<typeof DeclarationLodged>;
  sourceEventId: string;
}

const WINDOW_SUMS = `
  coalesce(sum(declarations) FILTER (WHERE day > $2::date - 30), 0) AS d30_declarations,
  coalesce(sum(customs_value) FILTER (WHERE day > $2::date - 30), 0) AS d30_customs_value,
  coalesce(sum(duties) FILTER (WHERE day > $2::date - 30), 0) AS d30_duties,
  coalesce(sum(declarations) FILTER (WHERE day > $2::date - 90), 0) AS d90_declarations,
  coalesce(sum(customs_value) FILTER (WHERE day > $2::date - 90), 0) AS d90_customs_value,
  coalesce(sum(duties) FILTER (WHERE day > $2::date - 90), 0) AS d90_duties,
  coalesce(sum(declarations), 0) AS d365_declarations,
  coalesce(sum(customs_value), 0) AS d365_customs_value,
  coalesce(sum(duties), 0) AS d365_duties`;

function windowsOf(row: WindowRow | undefined): DeclarationWindows {
  const window = (days: 30 | 90 | 365): DeclarationWindow => ({
    declarations: Number(row?.[`d${days}_declarations`] ?? 0),
    customsValue: Number(row?.[`d${days}_customs_value`] ?? 0),
    duties: Number(row?.[`d${days}_duties`] ?? 0),
  });
  return { d30: window(30), d90: window(90), d365: window(365) };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const utcDay = (date: Date) => Math.floor(date.getTime() / DAY_MS);

/**
 * Builds operator risk profiles from the feeds: daily declaration buckets, compliance history and
 * the AEO register, scored with the risk model. Every method runs in the caller's transaction
 * (the consumer's, which also claims the event in the inbox).
 */
@Injectable()
export class RiskProfileUpdater {
  constructor(@Inject(APP_CONFIG) private readonly config: RiskManagementConfig) {}

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
      `SELECT ${WINDOW_SUMS} FROM declaration_daily WHERE taxpayer_id = $1 AND day > $2::date - 365 AND day <= $2::date`,
      [taxpayerId, now.toISOString().slice(0, 10)],
    );
    return windowsOf(row);
  }

  /**
   * Counts a batch of declarations (in order) and rescores their traders, with a constant number
   * of statements whatever the batch size. The result equals counting and rescoring after each
   * declaration one by one: each declaration gets its trader's score with itself counted, and the
   * score history gets every change. Must run in the caller's transaction.
   */
  async recordDeclarations(manager: EntityManager, batch: readonly RecordedDeclaration[], now = new Date()): Promise<DeclarationScoring[]> {
    if (batch.length === 0) return [];
    const weights = this.config.RISK_MODEL_JSON;
    const today = now.toISOString().slice(0, 10);
    const byTrader = new Map<string, RecordedDeclaration[]>();
    for (const item of batch) {
      const list = byTrader.get(item.declaration.traderTaxpayerId);
      if (list) list.push(item);
      else byTrader.set(item.declaration.traderTaxpayerId, [item]);
    }
    const traders = [...byTrader.keys()].sort();
    const lodged = (item: RecordedDeclaration) => new Date(item.declaration.lodgedAt);

    // Counting first locks the traders' profile rows (in key order: no deadlock between batches).
    const counted: { taxpayer_id: string; declarations_total: string; risk_score: string | null }[] = await manager.query(
      `INSERT INTO operator_risk_profiles (taxpayer_id, declarations_total, first_declaration_at, last_declaration_at, updated_at)
       SELECT t, n, f, l, now() FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::timestamptz[]) AS x(t, n, f, l) ORDER BY t
       ON CONFLICT (taxpayer_id) DO UPDATE SET
         declarations_total = operator_risk_profiles.declarations_total + EXCLUDED.declarations_total,
         first_declaration_at = LEAST(operator_risk_profiles.first_declaration_at, EXCLUDED.first_declaration_at),
         last_declaration_at = GREATEST(operator_risk_profiles.last_declaration_at, EXCLUDED.last_declaration_at),
         updated_at = now()
       RETURNING taxpayer_id, declarations_total, risk_score`,
      [
        traders,
        traders.map((t) => byTrader.get(t)!.length),
        traders.map((t) => new Date(Math.min(...byTrader.get(t)!.map((item) => lodged(item).getTime())))),
        traders.map((t) => new Date(Math.max(...byTrader.get(t)!.map((item) => lodged(item).getTime())))),
      ],
    );
    const windowRows: (WindowRow & { taxpayer_id: string })[] = await manager.query(
      `SELECT taxpayer_id, ${WINDOW_SUMS} FROM declaration_daily
        WHERE taxpayer_id = ANY($1::text[]) AND day > $2::date - 365 AND day <= $2::date GROUP BY taxpayer_id`,
      [traders, today],
    );
    const complianceRows: { taxpayer_id: string; severity: ComplianceSeverity; occurred_at: Date }[] = await manager.query(
      `SELECT taxpayer_id, severity, occurred_at FROM compliance_history
        WHERE taxpayer_id = ANY($1::text[]) AND occurred_at > $2::timestamptz - ($3::int * interval '1 day')`,
      [traders, now.toISOString(), weights.complianceHorizonDays],
    );
    const aeoStatuses = await findAeoStatuses(manager, traders);
    // Sums per trader and day in SQL (numeric), as the one-by-one path does.
    await manager.query(
      `INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties)
       SELECT t, d, count(*), sum(v), sum(u) FROM unnest($1::text[], $2::date[], $3::numeric[], $4::numeric[]) AS x(t, d, v, u)
        GROUP BY t, d ORDER BY t, d
       ON CONFLICT (taxpayer_id, day) DO UPDATE SET
         declarations = declaration_daily.declarations + EXCLUDED.declarations,
         customs_value = declaration_daily.customs_value + EXCLUDED.customs_value,
         duties = declaration_daily.duties + EXCLUDED.duties`,
      [
        batch.map((item) => item.declaration.traderTaxpayerId),
        batch.map((item) => lodged(item).toISOString().slice(0, 10)),
        batch.map((item) => item.declaration.customsValue),
        batch.map((item) => item.declaration.duties),
      ],
    );

    const totals = new Map(counted.map((row) => [row.taxpayer_id, row]));
    const windowsByTrader = new Map(windowRows.map((row) => [row.taxpayer_id, windowsOf(row)]));
    const complianceByTrader = new Map<string, { severity: ComplianceSeverity; occurredAt: Date }[]>();
    for (const row of complianceRows) {
      const list = complianceByTrader.get(row.taxpayer_id) ?? [];
      list.push({ severity: row.severity, occurredAt: new Date(row.occurred_at) });
      complianceByTrader.set(row.taxpayer_id, list);
    }

    const results = new Map<RecordedDeclaration, DeclarationScoring>();
    const profiles: { taxpayerId: string; aeo: AeoStatusRecord | null; assessment: RiskAssessment }[] = [];
    const history: { taxpayerId: string; score: number; previous: number | null; assessment: RiskAssessment; sourceEventId: string }[] = [];
    const todayNumber = utcDay(now);
    // In batch order, so the score history is in the order of the declarations, as one by one.
    const state = new Map(
      traders.map((trader) => {
        const total = totals.get(trader)!;
        const aeoStatus = aeoStatuses.get(trader) ?? null;
        return [
          trader,
          {
            counted: Number(total.declarations_total) - byTrader.get(trader)!.length,
            previousScore: total.risk_score === null ? null : Number(total.risk_score),
            windows: windowsByTrader.get(trader) ?? windowsOf(undefined),
            aeoStatus,
            standing: aeoStandingAt(aeoStatus, now),
            compliance: complianceByTrader.get(trader) ?? [],
            assessment: undefined as RiskAssessment | undefined,
          },
        ];
      }),
    );
    for (const item of batch) {
      const trader = item.declaration.traderTaxpayerId;
      const current = state.get(trader)!;
      const age = todayNumber - utcDay(lodged(item));
      for (const [days, window] of [[30, current.windows.d30], [90, current.windows.d90], [365, current.windows.d365]] as const) {
        if (age >= 0 && age < days) {
          window.declarations += 1;
          window.customsValue += item.declaration.customsValue;
          window.duties += item.declaration.duties;
        }
      }
      const assessment = scoreRisk({ compliance: current.compliance, windows: current.windows, aeo: current.standing }, weights, now);
      if (assessment.score !== current.previousScore) {
        history.push({ taxpayerId: trader, score: assessment.score, previous: current.previousScore, assessment, sourceEventId: item.sourceEventId });
        current.previousScore = assessment.score;
      }
      results.set(item, { previousDeclarations: current.counted, assessment, aeoStatus: current.aeoStatus });
      current.counted += 1;
      current.assessment = assessment;
    }
    for (const trader of traders) {
      const current = state.get(trader)!;
      profiles.push({ taxpayerId: trader, aeo: current.aeoStatus, assessment: current.assessment! });
    }

    await manager.query(
      `INSERT INTO operator_risk_profiles (taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, updated_at)
       SELECT t, o, a, st, s, f, m, $8, now() FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::jsonb[], $7::text[]) AS x(t, o, a, st, s, f, m)
       ON CONFLICT (taxpayer_id) DO UPDATE SET
         operator_id = coalesce(EXCLUDED.operator_id, operator_risk_profiles.operator_id),
         aeo_status = EXCLUDED.aeo_status, status_type = EXCLUDED.status_type,
         risk_score = EXCLUDED.risk_score, risk_factors = EXCLUDED.risk_factors, model_version = EXCLUDED.model_version,
         scored_at = EXCLUDED.scored_at, updated_at = now()`,
      [
        profiles.map((p) => p.taxpayerId),
        profiles.map((p) => p.aeo?.operatorId ?? null),
        profiles.map((p) => p.aeo?.status ?? null),
        profiles.map((p) => p.aeo?.statusType ?? null),
        profiles.map((p) => p.assessment.score),
        profiles.map((p) => JSON.stringify(p.assessment.factors)),
        profiles.map((p) => p.assessment.modelVersion),
        now,
      ],
    );
    if (history.length) {
      await manager.query(
        `INSERT INTO risk_score_history (taxpayer_id, score, previous_score, factors, model_version, trigger, source_event_id, computed_at)
         SELECT t, s, p, f, m, 'declaration', e, $7 FROM unnest($1::text[], $2::numeric[], $3::numeric[], $4::jsonb[], $5::text[], $6::text[]) WITH ORDINALITY AS x(t, s, p, f, m, e, n)
          ORDER BY n`,
        [
          history.map((h) => h.taxpayerId),
          history.map((h) => h.score),
          history.map((h) => h.previous),
          history.map((h) => JSON.stringify(h.assessment.factors)),
          history.map((h) => h.assessment.modelVersion),
          history.map((h) => h.sourceEventId),
          now,
        ],
      );
    }
    return batch.map((item) => results.get(item)!);
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

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '@aeo/contracts';
import type { Audience } from '../routing/routes';

/** Someone a notification is for: an in-app mailbox and/or an email address. */
export interface Recipient {
  audience: Audience;
  /** `operator:<taxpayer id>` or `staff:<sub>`; null when the person has no inbox here. */
  mailbox: string | null;
  email: string | null;
  language: Language;
}

/** What the directory knows of an operator, projected from its application events. */
export interface OperatorContact {
  taxpayerId: string;
  email: string;
  language: Language;
  region: string;
  operatorName: string | null;
}

const STAFF_ROLE_OF: Partial<Record<Audience, string>> = {
  'contact-officers': 'contact-officer',
  'regional-office': 'regional-office',
  executives: 'executive',
  operations: 'operations',
};
/** Audiences served by the staff of the operator's region; the others are national. */
const REGIONAL: ReadonlySet<Audience> = new Set(['contact-officers', 'regional-office']);

type EventData = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/**
 * Who to tell: operator contacts (from application events), staff (the staff contact
 * directory) and the validator assigned to each validation case (from validation events).
 */
@Injectable()
export class RecipientDirectory {
  /** Learns from an event what later routing needs. Runs in the consumer's transaction. */
  async observe(manager: EntityManager, eventType: string, data: EventData): Promise<void> {
    if (eventType === 'aeo.application.submitted.v1') {
      await manager.query(
        `INSERT INTO operator_recipients (operator_id, taxpayer_id, email, language, region, operator_name) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (operator_id) DO UPDATE SET taxpayer_id = EXCLUDED.taxpayer_id, email = EXCLUDED.email, language = EXCLUDED.language,
           region = EXCLUDED.region, operator_name = EXCLUDED.operator_name, updated_at = now()`,
        [data['operatorId'], data['taxpayerId'], data['contactEmail'], data['contactLanguage'], data['region'], data['operatorName']],
      );
    }
    if (eventType === 'aeo.validation.opened.v1' && text(data['assignedValidator'])) {
      await manager.query(
        `INSERT INTO case_validators (case_id, validator_sub) VALUES ($1, $2) ON CONFLICT (case_id) DO UPDATE SET validator_sub = EXCLUDED.validator_sub, updated_at = now()`,
        [data['caseId'], data['assignedValidator']],
      );
    }
  }

  async operatorOf(manager: EntityManager, data: EventData): Promise<OperatorContact | undefined> {
    const operatorId = text(data['operatorId']);
    const taxpayerId = text(data['taxpayerId']);
    if (!operatorId && !taxpayerId) return undefined;
    const rows: Array<{ taxpayer_id: string; email: string; language: Language; region: string; operator_name: string | null }> = await manager.query(
      `SELECT taxpayer_id, email, language, region, operator_name FROM operator_recipients
        WHERE ($1::uuid IS NOT NULL AND operator_id = $1::uuid) OR ($1::uuid IS NULL AND taxpayer_id = $2)
        ORDER BY updated_at DESC LIMIT 1`,
      [operatorId ?? null, taxpayerId ?? null],
    );
    const row = rows[0];
    return row && { taxpayerId: row.taxpayer_id, email: row.email, language: row.language, region: row.region, operatorName: row.operator_name };
  }

  async resolve(manager: EntityManager, audience: Audience, data: EventData, operator: OperatorContact | undefined): Promise<Recipient[]> {
    if (audience === 'operator') {
      const taxpayerId = text(data['taxpayerId']) ?? operator?.taxpayerId;
      if (!taxpayerId) return [];
      return [{ audience, mailbox: `operator:${taxpayerId}`, email: operator?.email ?? null, language: operator?.language ?? 'mn' }];
    }
    if (audience === 'assigned-validator') {
      const sub = text(data['assignedValidator']) ?? text(data['validator']) ?? (await this.caseValidator(manager, text(data['caseId'])));
      if (!sub) return [];
      const [staff]: Array<{ email: string | null; language: Language }> = await manager.query(`SELECT email, language FROM staff_contacts WHERE sub = $1 AND active`, [sub]);
      return [{ audience, mailbox: `staff:${sub}`, email: staff?.email ?? null, language: staff?.language ?? 'mn' }];
    }
    if (audience === 'contact-officers') {
      const assigned = await this.assignedContactOfficer(manager, text(data['taxpayerId']) ?? operator?.taxpayerId, text(data['region']) ?? operator?.region);
      if (assigned) return [{ audience, mailbox: `staff:${assigned.sub}`, email: assigned.email, language: assigned.language }];
    }
    const role = STAFF_ROLE_OF[audience];
    if (!role) return [];
    const region = text(data['region']) ?? operator?.region;
    if (REGIONAL.has(audience) && !region) return [];
    const staff: Array<{ sub: string; email: string | null; language: Language }> = await manager.query(
      `SELECT sub, email, language FROM staff_contacts WHERE active AND $1 = ANY (roles) AND ($2::text IS NULL OR region = $2 OR region IS NULL) ORDER BY sub`,
      [role, REGIONAL.has(audience) ? region : null],
    );
    return staff.map((person) => ({ audience, mailbox: `staff:${person.sub}`, email: person.email, language: person.language }));
  }

  /** The operator's own contact officer, when one is assigned and still active. */
  private async assignedContactOfficer(manager: EntityManager, taxpayerId: string | undefined, region: string | undefined): Promise<{ sub: string; email: string | null; language: Language } | undefined> {
    if (!taxpayerId || !region) return undefined;
    const [row]: Array<{ sub: string; email: string | null; language: Language }> = await manager.query(
      `SELECT s.sub, s.email, s.language FROM operator_contact_officers a
         JOIN staff_contacts s ON s.sub = a.officer_sub AND s.active AND 'contact-officer' = ANY (s.roles) AND (s.region IS NULL OR s.region = $2)
        WHERE a.taxpayer_id = $1`,
      [taxpayerId, region],
    );
    return row;
  }

  private async caseValidator(manager: EntityManager, caseId: string | undefined): Promise<string | undefined> {
    if (!caseId) return undefined;
    const [row]: Array<{ validator_sub: string }> = await manager.query(`SELECT validator_sub FROM case_validators WHERE case_id = $1`, [caseId]);
    return row?.validator_sub;
  }
}

import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, assertScope, companyOf, regionOf } from '@aeo/auth';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import type { ListAuthorisationsQuery, PublicSearchQuery, PublicationDto } from './register.schemas';

interface Row {
  authorisation_number: string;
  application_id: string;
  operator_id: string;
  taxpayer_id: string;
  region: string;
  status_type: string;
  status: string;
  conditions: string[];
  decided_by: string;
  decided_at: Date;
  effective_from: Date;
  revalidation_due: Date;
  consent_to_mra_sharing: boolean;
  published_fields: string[] | null;
  name: string;
  city: string;
}

const SELECT = `SELECT a.*, o.name, o.address->>'city' AS city FROM authorisations a JOIN operators o ON o.id = a.operator_id`;
const iso = (date: Date) => new Date(date).toISOString();

/**
 * The AEO register: authorisations with their history for customs (region-scoped) and the
 * holder (its own), and the public register, which shows an authorisation only when its holder
 * agreed to publish it, and then only the fields it chose.
 */
@Injectable()
export class RegisterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: ListAuthorisationsQuery) {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE ($1::text IS NULL OR a.region = $1) AND ($2::text IS NULL OR a.region = $2) AND ($3::text IS NULL OR a.status = $3) AND ($4::text IS NULL OR a.taxpayer_id = $4)
        ORDER BY a.decided_at DESC LIMIT $5`,
      [regionOf(user) ?? null, query.region ?? null, query.status ?? null, companyOf(user) ?? null, query.limit],
    );
    return rows.map((row) => this.full(row));
  }

  async get(user: AuthenticatedUser, authorisationNumber: string) {
    const row = await this.find(authorisationNumber);
    assertScope(user, { region: row.region, taxpayerId: row.taxpayer_id });
    const history: { change: string; status: string; changed_by: string; changed_at: Date; details: unknown }[] = await this.dataSource.query(
      `SELECT change, status, changed_by, changed_at, details FROM authorisation_history WHERE authorisation_number = $1 ORDER BY id`,
      [authorisationNumber],
    );
    return { ...this.full(row), history: history.map((h) => ({ change: h.change, status: h.status, changedBy: h.changed_by, changedAt: iso(h.changed_at), details: h.details })) };
  }

  /** The holder (an operator user of its company) decides what the public register shows. */
  async setPublication(user: AuthenticatedUser, authorisationNumber: string, body: PublicationDto) {
    const row = await this.find(authorisationNumber);
    assertScope(user, { region: row.region, taxpayerId: row.taxpayer_id });
    const fields = body.publish ? [...new Set(body.fields)] : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE authorisations SET published_fields = $2, publication_changed_at = now(), publication_changed_by = $3 WHERE authorisation_number = $1`, [authorisationNumber, fields, user.sub]);
      await recordAudit(manager, { actor: user, action: body.publish ? 'register.published' : 'register.unpublished', entityType: 'authorisation', entityId: authorisationNumber, before: { fields: row.published_fields }, after: { fields }, correlationId: currentCorrelationId() });
    });
    return { authorisationNumber, published: body.publish, fields: fields ?? [] };
  }

  async publicEntry(authorisationNumber: string) {
    const [row]: Row[] = await this.dataSource.query(`${SELECT} WHERE a.authorisation_number = $1 AND a.published_fields IS NOT NULL`, [authorisationNumber]);
    if (!row) throw new NotFoundException(`No published AEO authorisation ${authorisationNumber}`);
    return this.published(row);
  }

  async publicSearch(query: PublicSearchQuery) {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE a.published_fields IS NOT NULL AND a.status IN ('granted', 'suspended')
         AND ($1::text IS NULL OR ('name' = ANY (a.published_fields) AND o.name ILIKE '%' || $1 || '%'))
        ORDER BY a.authorisation_number LIMIT $2`,
      [query.name ?? null, query.limit],
    );
    return rows.map((row) => this.published(row));
  }

  private async find(authorisationNumber: string): Promise<Row> {
    const [row]: Row[] = await this.dataSource.query(`${SELECT} WHERE a.authorisation_number = $1`, [authorisationNumber]);
    if (!row) throw new NotFoundException(`Authorisation ${authorisationNumber} not found`);
    return row;
  }

  private full(row: Row) {
    return {
      authorisationNumber: row.authorisation_number,
      applicationId: row.application_id,
      operatorId: row.operator_id,
      taxpayerId: row.taxpayer_id,
      name: row.name,
      region: row.region,
      statusType: row.status_type,
      status: row.status,
      conditions: row.conditions,
      decidedBy: row.decided_by,
      decidedAt: iso(row.decided_at),
      effectiveFrom: iso(row.effective_from),
      revalidationDue: iso(row.revalidation_due),
      consentToMraSharing: row.consent_to_mra_sharing,
      publishedFields: row.published_fields,
    };
  }

  private published(row: Row) {
    const fields = new Set(row.published_fields ?? []);
    return {
      authorisationNumber: row.authorisation_number,
      status: row.status,
      ...(fields.has('name') ? { name: row.name } : {}),
      ...(fields.has('city') ? { city: row.city } : {}),
      ...(fields.has('region') ? { region: row.region } : {}),
      ...(fields.has('statusType') ? { statusType: row.status_type } : {}),
      ...(fields.has('effectiveFrom') ? { effectiveFrom: iso(row.effective_from) } : {}),
    };
  }
}

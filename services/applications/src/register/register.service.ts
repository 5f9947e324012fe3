import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, ROLES, assertScope, companyOf, hasRole, regionFilterOf } from '@aeo/auth';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { foundOr404 } from '@aeo/service-kit';
import { dueUnlessEnded } from '../lifecycle/revalidation-due';
import { type MembershipNeeded, assertCompanyMember, assertMemberOfOwnCompany } from '../operators/company-membership';
import type { ListAuthorisationsQuery, PublicSearchQuery, PublicationDto } from './register.schemas';
import {
  type RegisterEntry,
  findPublishedRegisterEntry,
  findRegisterEntry,
  listRegisterEntries,
  listRegisterHistory,
  searchPublishedRegisterEntries,
  setRegisterPublication,
} from './register.repository';

const iso = (date: Date) => new Date(date).toISOString();

/** Register history entries of customs' own: a regional office's request for an early revalidation (its suspicion and reason). */
const CUSTOMS_ONLY_CHANGES: readonly string[] = ['revalidation-requested'];

const isHolder = (user: AuthenticatedUser): boolean => hasRole(user, ROLES.operatorUser);

type HistoryEntry = { change: string; status: string; changedBy: string; changedAt: string; details: unknown };

/**
 * A register history entry as the holder's users read it, on the line the lifecycle's holder view
 * draws (lifecycle/holder-view.ts): not who in customs changed it (the entry's changedBy), nor the
 * trigger of a revalidation (its source, reason and requester tell a risk alert or an office's
 * suspicion); customs' own entries (CUSTOMS_ONLY_CHANGES) are left out.
 */
function holderHistoryOf(history: HistoryEntry[]) {
  return history
    .filter((entry) => !CUSTOMS_ONLY_CHANGES.includes(entry.change))
    .map(({ change, status, changedAt, details }) => ({ change, status, changedAt, details: withoutTrigger(details) }));
}

function withoutTrigger(details: unknown): unknown {
  if (!details || typeof details !== 'object' || Array.isArray(details)) return details;
  return Object.fromEntries(Object.entries(details).filter(([key]) => key !== 'trigger'));
}

/**
 * The AEO register: authorisations with their history for customs (region-scoped) and the
 * holder (its own), and the public register, which shows an authorisation only when its holder
 * agreed to publish it, and then only the fields it chose.
 */
@Injectable()
export class RegisterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: ListAuthorisationsQuery) {
    await assertMemberOfOwnCompany(this.dataSource, user);
    const rows = await listRegisterEntries(this.dataSource, {
      region: regionFilterOf(user, query.region),
      status: query.status,
      taxpayerId: companyOf(user),
      limit: query.limit,
    });
    return rows.map((row) => this.full(row, user));
  }

  /** With its history; the holder's users read the holder's view of it (holderHistoryOf). */
  async get(user: AuthenticatedUser, authorisationNumber: string) {
    const row = await this.scoped(user, authorisationNumber);
    const history = (await listRegisterHistory(this.dataSource, authorisationNumber)).map((h) => ({
      ...h,
      changedAt: iso(h.changedAt),
    }));
    return { ...this.full(row, user), history: isHolder(user) ? holderHistoryOf(history) : history };
  }

  /** The holder (an administrator of its company) decides what the public register shows. */
  async setPublication(user: AuthenticatedUser, authorisationNumber: string, body: PublicationDto) {
    const row = await this.scoped(user, authorisationNumber, {
      administrator: true,
      action: 'decide what the public register shows',
    });
    const fields = body.publish ? [...new Set(body.fields)] : null;
    await this.dataSource.transaction(async (manager) => {
      await setRegisterPublication(manager, authorisationNumber, fields, user.sub);
      await recordAudit(manager, {
        actor: user,
        action: body.publish ? 'register.published' : 'register.unpublished',
        entityType: 'authorisation',
        entityId: authorisationNumber,
        before: { fields: row.publishedFields },
        after: { fields },
        correlationId: currentCorrelationId(),
      });
    });
    return { authorisationNumber, published: body.publish, fields: fields ?? [] };
  }

  async publicEntry(authorisationNumber: string) {
    const row = await findPublishedRegisterEntry(this.dataSource, authorisationNumber);
    if (!row) throw new NotFoundException(`No published AEO authorisation ${authorisationNumber}`);
    return this.published(row);
  }

  async publicSearch(query: PublicSearchQuery) {
    const page = await searchPublishedRegisterEntries(this.dataSource, query);
    return { ...page, items: page.items.map((row) => this.published(row)) };
  }

  /** The authorisation in the caller's scope: its region for staff; its holder, linked to it (as `needed`), for an operator user. */
  private async scoped(
    user: AuthenticatedUser,
    authorisationNumber: string,
    needed?: MembershipNeeded,
  ): Promise<RegisterEntry> {
    const row = await this.find(authorisationNumber);
    assertScope(user, { region: row.region, taxpayerId: row.taxpayerId }, `Authorisation ${authorisationNumber}`);
    await assertCompanyMember(this.dataSource, user, row.operatorId, needed);
    return row;
  }

  private find(authorisationNumber: string): Promise<RegisterEntry> {
    return foundOr404(findRegisterEntry(this.dataSource, authorisationNumber), `Authorisation ${authorisationNumber}`);
  }

  /** The entry; who in customs decided the grant is customs' (left out for the holder's users). */
  private full(row: RegisterEntry, user: AuthenticatedUser) {
    return {
      authorisationNumber: row.authorisationNumber,
      applicationId: row.applicationId,
      operatorId: row.operatorId,
      taxpayerId: row.taxpayerId,
      name: row.name,
      region: row.region,
      statusType: row.statusType,
      status: row.status,
      conditions: row.conditions,
      ...(isHolder(user) ? {} : { decidedBy: row.decidedBy }),
      decidedAt: iso(row.decidedAt),
      effectiveFrom: iso(row.effectiveFrom),
      revalidationDue: dueUnlessEnded(row.status, iso(row.revalidationDue)),
      consentToMraSharing: row.consentToMraSharing,
      publishedFields: row.publishedFields,
    };
  }

  private published(row: RegisterEntry) {
    const fields = new Set(row.publishedFields ?? []);
    return {
      authorisationNumber: row.authorisationNumber,
      status: row.status,
      ...(fields.has('name') ? { name: row.name } : {}),
      ...(fields.has('city') ? { city: row.city } : {}),
      ...(fields.has('region') ? { region: row.region } : {}),
      ...(fields.has('statusType') ? { statusType: row.statusType } : {}),
      ...(fields.has('effectiveFrom') ? { effectiveFrom: iso(row.effectiveFrom) } : {}),
      ...(fields.has('taxpayerId') ? { taxpayerId: row.taxpayerId } : {}),
    };
  }
}

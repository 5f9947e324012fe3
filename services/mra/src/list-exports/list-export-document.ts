import { createHash } from 'node:crypto';
import type { ExportableRow } from '../register-replica/register-replica.repository';

/**
 * Revoked and surrendered authorisations stay in the export (with their status and end date) for
 * this long after they ended, so that partners learn of them and stop the benefits; then they
 * leave the list (and the delta names them as removed).
 */
export const ENDED_RETENTION_DAYS = 365;
export const WITHHELD_REASON =
  'holder address not known to the mra register replica (application submitted before addresses were published)';

export interface ListEntryAddress {
  street: string;
  city: string;
  postalCode?: string;
  country: string;
}

/** One AEO in our exported list. */
export interface ListEntry {
  taxpayerId: string;
  authorisationNumber: string;
  name: string;
  address: ListEntryAddress;
  statusType: string;
  /** The authorisation's effective date (YYYY-MM-DD). */
  authorisationDate: string | null;
  /** Revalidation due (YYYY-MM-DD): the validity of the authorisation as monitored. */
  revalidationDue: string | null;
  status: 'active' | 'suspended' | 'revoked' | 'surrendered';
  suspendedFrom: string | null;
  /**
   * While suspended, what is: `whole`, or `security` (only the security part, EU practice). MRAs
   * recognise security-type AEOs, so either way the partner stops the MRA benefits; an AEOF whose
   * security part is suspended keeps its status type (it is not exported as an AEOC) and its
   * customs simplifications at home, which the scope tells the partner.
   */
  suspendedScope: 'whole' | 'security' | null;
  endedOn: string | null;
}

const day = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

/**
 * The register's rows as list entries; holders without a known address are withheld (counted).
 * An authorisation not in force yet (a grant takes effect some days after the decision) is left
 * out until its effective date: the partner grants benefits to every active entry, and a holder
 * has none before then. The daily export adds it (in the delta) once that day has come.
 */
export function listEntries(rows: ExportableRow[], asOf = new Date()): { entries: ListEntry[]; withheld: number } {
  const entries: ListEntry[] = [];
  let withheld = 0;
  for (const row of rows) {
    if (row.effective_from && row.effective_from > asOf) continue;
    if (!row.name || !row.address) {
      withheld++;
      continue;
    }
    const address = row.address as unknown as ListEntryAddress;
    entries.push({
      taxpayerId: row.taxpayer_id,
      authorisationNumber: row.authorisation_number,
      name: row.name,
      address: {
        street: address.street,
        city: address.city,
        ...(address.postalCode ? { postalCode: address.postalCode } : {}),
        country: address.country,
      },
      statusType: row.status_type,
      authorisationDate: day(row.effective_from),
      revalidationDue: day(row.revalidation_due),
      status: row.status as ListEntry['status'],
      suspendedFrom: row.status === 'suspended' ? day(row.suspended_from) : null,
      suspendedScope: row.status === 'suspended' ? (row.suspended_scope as 'whole' | 'security') : null,
      endedOn: day(row.ended_on),
    });
  }
  return { entries, withheld };
}

/** The entries' fingerprint: the same entries, the same hash (an unchanged list makes no new version). */
export const entriesSha256 = (entries: ListEntry[]): string =>
  createHash('sha256').update(JSON.stringify(entries)).digest('hex');

export interface ListDelta {
  added: ListEntry[];
  changed: ListEntry[];
  /** Left the list: consent withdrawn, status type no longer covered, or ended longer ago than the retention. */
  removed: { authorisationNumber: string; taxpayerId: string }[];
}

/** An entry's JSON with every object's keys sorted: equal entries compare equal whatever their key order. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );

/**
 * What changed from one list to the next, by authorisation number (revocations show as changed,
 * with their status). An earlier version's entries come back from jsonb with its own key order,
 * so entries are compared by content, not by their JSON text.
 */
export function listDelta(before: ListEntry[], after: ListEntry[]): ListDelta {
  const previous = new Map(before.map((entry) => [entry.authorisationNumber, entry]));
  const delta: ListDelta = { added: [], changed: [], removed: [] };
  for (const entry of after) {
    const old = previous.get(entry.authorisationNumber);
    previous.delete(entry.authorisationNumber);
    if (!old) delta.added.push(entry);
    else if (canonicalJson(old) !== canonicalJson(entry)) delta.changed.push(entry);
  }
  for (const old of previous.values())
    delta.removed.push({ authorisationNumber: old.authorisationNumber, taxpayerId: old.taxpayerId });
  return delta;
}

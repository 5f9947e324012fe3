import { CreateAuditLog1764300000050 } from '@aeo/persistence';
import { auditEntries, useTestDataSource } from '@aeo/persistence/testing';
import { recordRowChange } from './audit-row';

describe('recordRowChange (real PostgreSQL)', () => {
  const database = useTestDataSource('notifications-audit-row', [CreateAuditLog1764300000050]);
  const at = new Date('2026-11-30T10:00:00Z');
  const contact = { sub: 'officer-1', officerName: 'B. Bat', updatedAt: at };
  const stored = { sub: 'officer-1', officer_name: 'B. Bat', updated_at: at.toISOString() };
  const renamed = { ...contact, officerName: 'B. Dorj' };
  const storedRenamed = { ...stored, officer_name: 'B. Dorj' };

  it.each([
    { change: 'created', before: undefined, after: contact, audited: { before: null, after: stored } },
    { change: 'replaced', before: contact, after: renamed, audited: { before: stored, after: storedRenamed } },
    { change: 'removed', before: contact, after: null, audited: { before: stored, after: null } },
  ])('audits a record $change with its rows before and after as the table stores them', async (row) => {
    const entityId = `contact-${row.change}`;
    await database.dataSource.transaction((manager) =>
      recordRowChange(manager, {
        actor: { sub: 'ops-1', roles: ['operations'] },
        action: `notifications.staff-contact-${row.change}`,
        entityType: 'staff-contact',
        entityId,
        before: row.before,
        after: row.after,
      }),
    );
    const entry = (await auditEntries(database.dataSource)).find((audited) => audited.entity_id === entityId);
    expect(entry).toMatchObject(row.audited);
  });
});

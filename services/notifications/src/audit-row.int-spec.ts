import { CreateAuditLog1764300000050 } from '@aeo/persistence';
import { auditEntries, useTestDataSource } from '@aeo/persistence/testing';
import { recordRowChange } from './audit-row';

describe('recordRowChange (real PostgreSQL)', () => {
  const database = useTestDataSource('notifications-audit-row', [CreateAuditLog1764300000050]);

  it('audits a change with the record before and after as its table stores it', async () => {
    const at = new Date('2026-11-30T10:00:00Z');
    await database.dataSource.transaction((manager) =>
      recordRowChange(manager, {
        actor: { sub: 'ops-1', roles: ['operations'] },
        action: 'notifications.staff-contact-saved',
        entityType: 'staff-contact',
        entityId: 'officer-1',
        before: undefined,
        after: { sub: 'officer-1', officerName: 'B. Bat', updatedAt: at },
      }),
    );
    expect(await auditEntries(database.dataSource)).toMatchObject([
      {
        action: 'notifications.staff-contact-saved',
        entity_id: 'officer-1',
        before: null,
        after: { sub: 'officer-1', officer_name: 'B. Bat', updated_at: at.toISOString() },
      },
    ]);
  });
});

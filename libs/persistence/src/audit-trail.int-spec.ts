import { recordAudit } from './audit-trail';
import { CreateAuditLog1764300000050 } from './migrations';
import { auditEntries, tryToDeleteAuditLog, tryToEditAuditLog } from './testing/ledgers';
import { useTestDataSource } from './testing/test-data-source';

describe('audit trail (real PostgreSQL)', () => {
  const database = useTestDataSource('audit', [CreateAuditLog1764300000050]);

  it('records a decision and refuses to alter or delete it', async () => {
    await database.dataSource.transaction((manager) =>
      recordAudit(manager, {
        actor: { sub: 'exec-1', roles: ['executive'] },
        action: 'authorisation.granted',
        entityType: 'application',
        entityId: 'a-1',
        before: { status: 'accepted' },
        after: { status: 'granted' },
        reason: 'criteria met',
      }),
    );
    const [row] = await auditEntries(database.dataSource);
    expect(row).toMatchObject({
      actor_sub: 'exec-1',
      actor_roles: ['executive'],
      action: 'authorisation.granted',
      before: { status: 'accepted' },
      after: { status: 'granted' },
    });
    await expect(tryToEditAuditLog(database.dataSource, 'edited')).rejects.toThrow(/append-only/);
    await expect(tryToDeleteAuditLog(database.dataSource)).rejects.toThrow(/append-only/);
  });
});

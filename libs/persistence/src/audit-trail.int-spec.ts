import type { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@aeo/testing';
import { openDataSource } from './data-source';
import { CreateAuditLog1764300000050, recordAudit } from './audit-trail';
import { auditEntries, tryToDeleteAuditLog, tryToEditAuditLog } from './testing/ledgers';

describe('audit trail (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase('audit');
    dataSource = await openDataSource({
      service: 'audit-test',
      url: database.url,
      entities: [],
      migrations: [CreateAuditLog1764300000050],
    });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('records a decision and refuses to alter or delete it', async () => {
    await dataSource.transaction((manager) =>
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
    const [row] = await auditEntries(dataSource);
    expect(row).toMatchObject({
      actor_sub: 'exec-1',
      actor_roles: ['executive'],
      action: 'authorisation.granted',
      before: { status: 'accepted' },
      after: { status: 'granted' },
    });
    await expect(tryToEditAuditLog(dataSource, 'edited')).rejects.toThrow(/append-only/);
    await expect(tryToDeleteAuditLog(dataSource)).rejects.toThrow(/append-only/);
  });
});

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { auditEntries, useTestDataSource } from '@aeo/persistence/testing';
import { NOTIFICATIONS_MIGRATIONS } from '../migrations';
import { RecipientDirectory } from './recipient-directory';
import {
  lockContactOfficerAssignment,
  saveContactOfficerAssignment,
  saveOperatorContact,
  saveStaffContact,
} from './recipients.repository';

jest.setTimeout(120_000);

const REGION = 'DARKHAN';
const OFFICERS = ['officer.before', 'officer.pilot', 'officer.pilot.two', 'officer.office'];

/**
 * The pilot companies as notifications learn them from the pilot topic (real PostgreSQL, the
 * service's migrations): who takes part, the contact officer the pilot gave each, and the operator's
 * own contact officer put back when the company is withdrawn.
 */
describe('pilot companies in the recipient directory (real PostgreSQL)', () => {
  const database = useTestDataSource('notifications-pilot-companies', NOTIFICATIONS_MIGRATIONS);
  const directory = new RecipientDirectory();
  const pilotId = randomUUID();
  const inTransaction = <T>(work: (manager: EntityManager) => Promise<T>) => database.dataSource.transaction(work);
  const observe = (eventType: string, data: Record<string, unknown>) =>
    inTransaction((manager) => directory.observe(manager, eventType, data));
  const accepted = (taxpayerId: string) =>
    observe('aeo.programme.pilot.participant-accepted.v1', {
      pilotId,
      taxpayerId,
      operatorId: null,
      region: REGION,
      acceptedAt: new Date().toISOString(),
    });
  const assigned = (taxpayerId: string, officerSub: string) =>
    observe('aeo.programme-pilot.contact-officer-assigned.v1', {
      pilotId,
      taxpayerId,
      region: REGION,
      officerSub,
      sequence: 1,
      reason: 'Knows the company',
      by: 'policy.unit.oyun',
      at: new Date().toISOString(),
    });
  const withdrawn = (taxpayerId: string) =>
    observe('aeo.programme.pilot.participant-withdrawn.v1', {
      pilotId,
      taxpayerId,
      operatorId: null,
      region: REGION,
      reason: 'The company asked to leave',
      by: 'policy.unit.oyun',
      withdrawnAt: new Date().toISOString(),
    });
  const officerOf = (taxpayerId: string) =>
    inTransaction((manager) => lockContactOfficerAssignment(manager, taxpayerId));
  const recipients = (audience: 'pilot-companies' | 'pilot-contact-officers', data: Record<string, unknown> = {}) =>
    inTransaction(async (manager) =>
      (await directory.resolve(manager, audience, { pilotId, ...data }, undefined)).map((r) => r.mailbox),
    );
  const audited = async (action: string, taxpayerId: string) =>
    (await auditEntries(database.dataSource)).filter((e) => e.action === action && e.entity_id === taxpayerId);

  beforeAll(async () => {
    await inTransaction(async (manager) => {
      for (const sub of OFFICERS)
        await saveStaffContact(manager, {
          sub,
          name: sub,
          email: `${sub}@customs.test`,
          language: 'en',
          roles: ['contact-officer'],
          region: REGION,
          updatedBy: 'ops',
        });
      for (const taxpayerId of ['5000001', '5000002', '5000003'])
        await saveOperatorContact(manager, randomUUID(), {
          taxpayerId,
          email: `${taxpayerId}@company.test`,
          language: 'mn',
          region: REGION,
          operatorName: undefined,
        });
      // The first company had its own contact officer, assigned by its regional office before the pilot.
      await saveContactOfficerAssignment(manager, '5000001', 'officer.before', 'office.darkhan');
    });
  });

  it('puts back the operator’s own contact officer of before the pilot when the company is withdrawn, audited', async () => {
    const before = (await officerOf('5000001'))!;
    await accepted('5000001');
    await assigned('5000001', 'officer.pilot');
    await assigned('5000001', 'officer.pilot.two');
    expect((await officerOf('5000001'))?.officerSub).toBe('officer.pilot.two');

    await withdrawn('5000001');
    expect(await officerOf('5000001')).toEqual(before);
    const [restored] = await audited('notifications.pilot-contact-officer-restored', '5000001');
    expect(restored).toMatchObject({
      before: expect.objectContaining({ officer_sub: 'officer.pilot.two' }),
      after: expect.objectContaining({ officer_sub: 'officer.before', assigned_by: 'office.darkhan' }),
    });
    expect(restored!.reason).toContain('withdrawn (The company asked to leave)');
  });

  it('leaves the region’s contact officers in charge again when the company had no officer of its own', async () => {
    await accepted('5000002');
    await assigned('5000002', 'officer.pilot');
    await withdrawn('5000002');
    expect(await officerOf('5000002')).toBeUndefined();
    expect(await audited('notifications.pilot-contact-officer-restored', '5000002')).toHaveLength(1);
  });

  it('keeps an officer assigned after the pilot’s (the audit trail says so)', async () => {
    await accepted('5000003');
    await assigned('5000003', 'officer.pilot');
    await inTransaction((manager) =>
      saveContactOfficerAssignment(manager, '5000003', 'officer.office', 'office.darkhan'),
    );
    expect(await recipients('pilot-companies')).toEqual(['operator:5000003']);
    expect(await recipients('pilot-contact-officers')).toEqual(['staff:officer.pilot']);

    await withdrawn('5000003');
    expect((await officerOf('5000003'))?.officerSub).toBe('officer.office');
    expect(await audited('notifications.pilot-contact-officer-kept', '5000003')).toHaveLength(1);
  });

  it('reaches the companies taking part and their pilot officers; a withdrawn company’s officer only about it', async () => {
    expect(await recipients('pilot-companies')).toEqual([]);
    expect(await recipients('pilot-contact-officers')).toEqual([]);
    expect(await recipients('pilot-contact-officers', { taxpayerId: '5000001' })).toEqual(['staff:officer.pilot.two']);
    await accepted('5000002');
    expect(await recipients('pilot-companies')).toEqual(['operator:5000002']);
    expect(await recipients('pilot-contact-officers')).toEqual(['staff:officer.pilot']);
  });
});

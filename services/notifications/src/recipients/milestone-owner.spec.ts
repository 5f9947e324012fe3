import type { EntityManager } from 'typeorm';
import { RecipientDirectory } from './recipient-directory';

/** A connection that answers the staff directory's look-up with `rows` (and records what it was asked). */
function directoryWith(rows: { sub: string; email: string | null; language: string }[]) {
  const asked: unknown[][] = [];
  const manager = {
    query: async (_sql: string, bindings: unknown[]) => {
      asked.push(bindings);
      return { records: rows, affected: rows.length };
    },
  } as unknown as EntityManager;
  return { manager, asked };
}

describe('a pilot milestone’s owner as a recipient', () => {
  const directory = new RecipientDirectory();
  const data = (owner: string) => ({ milestone: { owner, title: 'IT readiness test' } });

  it('is a staff member by token subject: the inbox and the directory’s address and language', async () => {
    const { manager, asked } = directoryWith([{ sub: 'officer.bat', email: 'bat@customs.gov.mn', language: 'en' }]);
    expect(await directory.resolve(manager, 'milestone-owner', data('officer.bat'), undefined)).toEqual([
      { audience: 'milestone-owner', mailbox: 'staff:officer.bat', email: 'bat@customs.gov.mn', language: 'en' },
    ]);
    expect(asked).toEqual([['officer.bat']]);
  });

  it('still gets the in-app message when the directory does not know the subject', async () => {
    const { manager } = directoryWith([]);
    expect(await directory.resolve(manager, 'milestone-owner', data('it.unit'), undefined)).toEqual([
      { audience: 'milestone-owner', mailbox: 'staff:it.unit', email: null, language: 'mn' },
    ]);
  });

  it('is an email address as given, with no inbox and no look-up', async () => {
    const { manager, asked } = directoryWith([]);
    expect(await directory.resolve(manager, 'milestone-owner', data('it@customs.gov.mn'), undefined)).toEqual([
      { audience: 'milestone-owner', mailbox: null, email: 'it@customs.gov.mn', language: 'mn' },
    ]);
    expect(asked).toEqual([]);
    expect(await directory.resolve(manager, 'milestone-owner', {}, undefined)).toEqual([]);
  });
});

import { registerSearchSchema } from './register-search';

describe('the register’s search in the URL', () => {
  it('reads the To decide tab as the router parses ?toDecide=true (a boolean), or as text', () => {
    expect(registerSearchSchema.parse({ toDecide: true }).toDecide).toBe(true);
    expect(registerSearchSchema.parse({ toDecide: 'true' }).toDecide).toBe(true);
    expect(registerSearchSchema.parse({ toDecide: false }).toDecide).toBeUndefined();
    expect(registerSearchSchema.parse({ toDecide: 'yes' }).toDecide).toBeUndefined();
  });

  it('falls back to the defaults for values it does not know', () => {
    expect(registerSearchSchema.parse({ sort: 'dueAt', order: 'up', page: 0, status: 'draft' })).toEqual({
      sort: 'revalidationDue',
      order: 'asc',
      page: 1,
      pageSize: 25,
    });
  });

  it('trims the search and drops it when only spaces are left (the API refuses an empty q)', () => {
    expect(registerSearchSchema.parse({ q: '  Khan Cargo ' }).q).toBe('Khan Cargo');
    expect(registerSearchSchema.parse({ q: '   ' }).q).toBeUndefined();
    expect(registerSearchSchema.parse({ q: '' })).not.toHaveProperty('q', '');
  });
});

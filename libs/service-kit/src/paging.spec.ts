import { z } from 'zod';
import { describeIssues } from './validation';
import { pageQueryShape, pageSchemaOf, pageWindow, readPage } from './paging';

describe('paged lists', () => {
  const query = z.strictObject({
    ...pageQueryShape(['dueAt', 'name'], { sort: 'dueAt', order: 'asc', sortDescription: 'dueAt or name' }),
  });
  const issues = (input: Record<string, unknown>) => {
    const parsed = query.safeParse(input);
    return parsed.success ? [] : describeIssues(parsed.error, 'query', input);
  };

  it('takes the first page of 25 in the list’s default sort when the query names none', () => {
    expect(query.parse({})).toEqual({ page: 1, pageSize: 25, sort: 'dueAt', order: 'asc' });
    expect(query.parse({ page: '3', pageSize: '200', sort: 'name', order: 'desc' })).toEqual({
      page: 3,
      pageSize: 200,
      sort: 'name',
      order: 'desc',
    });
  });

  it('refuses a page below 1, a page size outside 1..200, another sort or order, each naming the parameter', () => {
    expect(issues({ page: '0' })).toEqual(['page: must be a whole number from 1 to 1000000']);
    expect(issues({ pageSize: '201' })).toEqual(['pageSize: must be a whole number from 1 to 200']);
    expect(issues({ pageSize: '0' })).toEqual(['pageSize: must be a whole number from 1 to 200']);
    expect(issues({ page: '1.5' })).toEqual(['page: must be a whole number written in decimal digits']);
    expect(issues({ sort: 'id' })[0]).toMatch(/^sort: /);
    expect(issues({ order: 'up' })[0]).toMatch(/^order: /);
  });

  it('turns a page into the rows it takes', () => {
    expect(pageWindow({ page: 1, pageSize: 25 })).toEqual({ limit: 25, offset: 0 });
    expect(pageWindow({ page: 4, pageSize: 10 })).toEqual({ limit: 10, offset: 30 });
  });

  it('answers the page’s items with the total the rows carry', async () => {
    const rows = [
      { id: 'a', total: '7' },
      { id: 'b', total: '7' },
    ];
    const windows: unknown[] = [];
    const page = await readPage(
      { page: 2, pageSize: 2 },
      async (window) => {
        windows.push(window);
        return rows;
      },
      (row) => row.id,
    );
    expect(page).toEqual({ items: ['a', 'b'], total: 7, page: 2, pageSize: 2 });
    expect(windows).toEqual([{ limit: 2, offset: 2 }]);
  });

  it('counts the list from its first row when the page asked for is past the last', async () => {
    const list = [{ id: 'a', total: '1' }];
    const page = await readPage(
      { page: 5, pageSize: 10 },
      async ({ limit, offset }) => list.slice(offset, offset + limit),
      (row) => row.id,
    );
    expect(page).toEqual({ items: [], total: 1, page: 5, pageSize: 10 });
    expect(await readPage({ page: 1, pageSize: 10 }, async () => [], String)).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 10,
    });
  });

  it('describes the answer as items, total, page and page size', () => {
    const schema = pageSchemaOf(z.object({ id: z.string() }));
    expect(schema.parse({ items: [{ id: 'a' }], total: 1, page: 1, pageSize: 25 })).toEqual({
      items: [{ id: 'a' }],
      total: 1,
      page: 1,
      pageSize: 25,
    });
    expect(schema.safeParse({ items: [], total: -1, page: 1, pageSize: 25 }).success).toBe(false);
  });
});

import { z } from 'zod';
import { intParam } from '@aeo/contracts';
import { responseInstant } from './responses';

/**
 * Lists paged on the server (issue 19: the console's lists page, filter and sort on the server and
 * survive a reload): the query names the page, its size and the sort; the answer carries the rows
 * of that page and how many rows the whole list has.
 */
export const PAGE_SIZE_DEFAULT = 25;
export const PAGE_SIZE_MAX = 200;
/** Past it a page would start beyond any list these endpoints hold (and beyond a PostgreSQL integer offset). */
export const PAGE_MAX = 1_000_000;
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What a paged list was asked for, once the query is parsed. */
export interface PageRequest<Sort extends string = string> {
  /** 1-based. */
  page: number;
  pageSize: number;
  sort: Sort;
  order: SortOrder;
}

/**
 * The query parameters of a paged list, to spread into its strict query schema: `page` (1-based),
 * `pageSize` (1 to 200, 25 by default), `sort` (one of the list's `sorts`) and `order`. A wrong
 * value is a 400 naming the parameter (the platform's validation pipe).
 */
export function pageQueryShape<const Sorts extends readonly [string, ...string[]]>(
  sorts: Sorts,
  defaults: { sort: Sorts[number]; order: SortOrder; sortDescription: string },
) {
  return {
    page: intParam({ min: 1, max: PAGE_MAX })
      .default(1)
      .describe(`The page to answer, from 1 (a page past the last answers no items, with the total)`),
    pageSize: intParam({ min: 1, max: PAGE_SIZE_MAX })
      .default(PAGE_SIZE_DEFAULT)
      .describe(`Items per page, 1 to ${PAGE_SIZE_MAX} (${PAGE_SIZE_DEFAULT} by default)`),
    sort: z.enum(sorts).default(defaults.sort).describe(defaults.sortDescription),
    order: z
      .enum(SORT_ORDERS)
      .default(defaults.order)
      .describe(`asc or desc (${defaults.order} by default); ties are broken by id, so pages never overlap`),
  };
}

/** The rows a page's SQL takes: `LIMIT :limit OFFSET :offset`. */
export function pageWindow(request: Pick<PageRequest, 'page' | 'pageSize'>): { limit: number; offset: number } {
  return { limit: request.pageSize, offset: (request.page - 1) * request.pageSize };
}

/** A page of a list, as answered. */
export interface Page<Item> {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
}

/** The answer's schema of a paged list of `item` (give it to `createZodDto`, the DTO to `@Operation`'s `answer`). */
export function pageSchemaOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item).describe('The rows of this page, in the order asked for'),
    total: z.number().int().min(0).describe('How many rows the whole list has with these filters'),
    page: z.number().int().min(1).describe('The page answered (1-based)'),
    pageSize: z.number().int().min(1).describe('The page size asked for'),
  });
}

/**
 * Reads a page with a query that counts the whole list on every row (`COUNT(*) OVER ()` as
 * `total`): the page's rows and the total in one statement. A page past the last has no row to
 * carry the total, so the first row of the list is read for it.
 */
export async function readPage<Row extends { total: string | number | null }, Item>(
  request: Pick<PageRequest, 'page' | 'pageSize'>,
  fetch: (window: { limit: number; offset: number }) => Promise<Row[]>,
  toItem: (row: Row) => Item,
): Promise<Page<Item>> {
  const rows = await fetch(pageWindow(request));
  const counted = rows[0] ?? (request.page > 1 ? (await fetch({ limit: 1, offset: 0 }))[0] : undefined);
  return {
    items: rows.map(toItem),
    total: counted ? Number(counted.total) : 0,
    page: request.page,
    pageSize: request.pageSize,
  };
}

/**
 * A work queue item's pending deadline, as answered: which step it is (`kinds`), when it is due,
 * its days left counted in calendar days of the programme's time zone (PROGRAMME_TIME_ZONE, in
 * SQL: `(due AT TIME ZONE zone)::date - (now() AT TIME ZONE zone)::date`) and whether it has passed.
 */
export function deadlineSchemaOf<const Kinds extends readonly [string, ...string[]]>(
  kinds: Kinds,
  description: string,
) {
  return z
    .object({
      kind: z.enum(kinds).describe('The pending step'),
      dueAt: responseInstant,
      daysLeft: z
        .number()
        .int()
        .describe(
          'Calendar days from today to the due day in the programme’s time zone (PROGRAMME_TIME_ZONE): 0 due today, negative when past',
        ),
      overdue: z.boolean().describe('The due instant has passed'),
    })
    .describe(description);
}

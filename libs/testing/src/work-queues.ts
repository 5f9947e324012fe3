/**
 * Helpers for the tests of paged work queues (applications' `/v1/application-queue`, validation's
 * `/v1/case-queue`): each test seeds rows, keeps a model of them, and checks every answer against
 * the model filtered and sorted the same way.
 */

/** A work queue item's pending deadline, as answered. */
export interface AnsweredDeadline {
  kind: string;
  dueAt: string;
  daysLeft: number;
  overdue: boolean;
}

/** A page of a paged list, as answered. */
export interface AnsweredPage<Item> {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
}

const DAY_MS = 86_400_000;

/** Calendar days from today to `dueAt`'s day, both days of `timeZone` (negative when past). */
export function calendarDaysLeft(dueAt: Date, timeZone: string, now = new Date()): number {
  const dayOf = (instant: Date) => Date.parse(instant.toLocaleDateString('en-CA', { timeZone }));
  return Math.round((dayOf(dueAt) - dayOf(now)) / DAY_MS);
}

/**
 * `read`'s answer and an instant during it, read again when the day of `timeZone` changed meanwhile: the
 * server counted days left from its own today, which the model checking them must share.
 */
export async function readWithinOneDay<Answer>(
  timeZone: string,
  read: () => Promise<Answer>,
): Promise<{ answer: Answer; readAt: Date }> {
  for (;;) {
    const readAt = new Date();
    const answer = await read();
    if (calendarDaysLeft(new Date(), timeZone, readAt) === 0) return { answer, readAt };
  }
}

/** Every item of a paged list, read page by page (`pageSize` each) until a short page, and the total the last page said. */
export async function readEveryPage<Item>(
  readPage: (page: number, pageSize: number) => Promise<AnsweredPage<Item>>,
  pageSize = 7,
): Promise<{ items: Item[]; total: number }> {
  const items: Item[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await readPage(page, pageSize);
    items.push(...answer.items);
    if (answer.items.length < pageSize) return { items, total: answer.total };
  }
}

/**
 * The ids of the model's `rows` kept by `keep`, in the order a queue answers: by `compare`, ties
 * by id (as PostgreSQL orders uuids), reversed for `desc`.
 */
export function modelOrder<Row extends { id: string }>(
  rows: readonly Row[],
  compare: (a: Row, b: Row) => number,
  order: string,
  keep: (row: Row) => boolean = () => true,
): string[] {
  const sorted = rows.filter(keep).sort((a, b) => compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (order === 'desc' ? sorted.reverse() : sorted).map((row) => row.id);
}

/** A comparison of `key`'s values (numbers, or text compared as code points). */
export const ascendingBy =
  <Row>(key: (row: Row) => number | string) =>
  (a: Row, b: Row): number => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };

import { filledPage, type SourcePage } from './filled-page';

/** A paged source over 1..count, its token the index of the next item. */
const source = (count: number) => {
  const items = Array.from({ length: count }, (_, index) => index + 1);
  const reads: number[] = [];
  const read = async (token: number | undefined, pageSize: number): Promise<SourcePage<number, number>> => {
    const from = token ?? 0;
    reads.push(pageSize);
    const next = from + pageSize;
    return { items: items.slice(from, next), next: next < items.length ? next : undefined };
  };
  return { read, reads };
};
const only = (wanted: number[]) => async (items: number[]) => items.filter((item) => wanted.includes(item));

describe('filledPage', () => {
  it('reads on until the page is full, asking each time for as many as are missing, and stops where it is', async () => {
    const { read, reads } = source(20);
    const wanted = only([2, 3, 5, 8, 9, 10]);
    const first = await filledPage(read, wanted, { pageSize: 3, token: undefined, maxReads: 5 });
    expect(first).toEqual({ items: [2, 3, 5], next: 5 });
    const second = await filledPage(read, wanted, { pageSize: 3, token: first.next, maxReads: 5 });
    expect(second).toEqual({ items: [8, 9, 10], next: 10 });
    expect(reads).toEqual([3, 1, 1, 3, 2]);
  });

  it('reads at most maxReads pages, then answers what it kept and the token to go on from', async () => {
    const { read, reads } = source(13);
    const first = await filledPage(read, only([12]), { pageSize: 2, token: undefined, maxReads: 5 });
    expect(first).toEqual({ items: [], next: 10 });
    expect(reads).toHaveLength(5);
    expect(await filledPage(read, only([12]), { pageSize: 2, token: first.next, maxReads: 5 })).toEqual({
      items: [12],
      next: undefined,
    });
  });

  it('keeps every item when keep does, one read a page', async () => {
    const { read, reads } = source(5);
    expect(await filledPage(read, async (items) => items, { pageSize: 5, token: undefined, maxReads: 5 })).toEqual({
      items: [1, 2, 3, 4, 5],
      next: undefined,
    });
    expect(reads).toEqual([5]);
  });
});

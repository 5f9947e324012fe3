/** One read of a paged source: its items and the token of the page after it (undefined after the last). */
export interface SourcePage<T, Token> {
  items: T[];
  next: Token | undefined;
}

/**
 * A page of up to `pageSize` items that `keep` keeps, read from a paged source (Temporal's lists)
 * until it holds that many, the source ends, or `maxReads` pages were read: the items kept and the
 * token where reading stopped, so that the next page goes on from there. Each read asks for as many
 * items as are still missing: the source's token falls where reading stopped, and no item read is
 * left out of both pages.
 */
export async function filledPage<T, Token>(
  read: (token: Token | undefined, pageSize: number) => Promise<SourcePage<T, Token>>,
  keep: (items: T[]) => Promise<T[]>,
  options: { pageSize: number; token: Token | undefined; maxReads: number },
): Promise<SourcePage<T, Token>> {
  const kept: T[] = [];
  let token = options.token;
  for (let reads = 0; reads < options.maxReads && kept.length < options.pageSize; reads++) {
    const page = await read(token, options.pageSize - kept.length);
    kept.push(...(await keep(page.items)));
    token = page.next;
    if (token === undefined) break;
  }
  return { items: kept, next: token };
}

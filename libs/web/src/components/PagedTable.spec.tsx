import { act, screen, within } from '@testing-library/react';
import { resourcesOf } from '../i18n/words';
import { renderPage } from '../testing/render';
import { ESTIMATED_ROW_HEIGHT, PagedTable, VIRTUAL_ROWS_FROM, type Column } from './PagedTable';

interface Item {
  id: string;
  name: string;
}

const COLUMNS: Column<Item, 'name'>[] = [
  { key: 'id', header: 'Id', cell: (item) => item.id },
  { key: 'name', header: 'Name', cell: (item) => item.name, sort: 'name' },
];
const ROW_HEIGHT = 40;

function itemsOf(count: number): Item[] {
  return Array.from({ length: count }, (_, index) => ({ id: `row-${index}`, name: `Company ${index}` }));
}

async function renderTable(items: Item[]) {
  await renderPage(
    <PagedTable
      label="Queue"
      columns={COLUMNS}
      items={items}
      total={1000}
      state={{ page: 1, pageSize: 200, sort: 'name', order: 'asc' }}
      onChange={() => undefined}
      rowKey={(item) => item.id}
      empty="Nothing"
    />,
    { caller: { sub: 'ops', roles: ['operations'], name: 'Ops' } as never, resources: resourcesOf({ en: {}, mn: {} }) },
  );
  return screen.findByTestId('paged-table', {}, { timeout: 10_000 });
}

const dataRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-index'));

describe('PagedTable', () => {
  // jsdom lays nothing out: every row is ROW_HEIGHT tall and the table's body starts at the page's top.
  beforeEach(() => {
    jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const height = this.tagName === 'TR' ? ROW_HEIGHT : 0;
      // A 1,000 px table whose first column takes 300 px.
      const width = { TABLE: 1000, TH: this.previousElementSibling ? 700 : 300 }[this.tagName] ?? 0;
      // The page scrolls: what starts at its top is above the window by the scroll.
      const top = -window.scrollY;
      return { top, left: 0, right: width, bottom: top + height, width, height, x: 0, y: top, toJSON: () => ({}) };
    });
    Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
  beforeEach(() => {
    // The virtualizer measures a rendered row by its offsetHeight.
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.tagName === 'TR' ? ROW_HEIGHT : 0;
      },
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
  });

  it('renders every row of a short page, striped from the first', async () => {
    const table = await renderTable(itemsOf(VIRTUAL_ROWS_FROM - 1));
    const rows = dataRows(table);
    expect(rows).toHaveLength(VIRTUAL_ROWS_FROM - 1);
    expect(rows[0]?.className).toBe('striped');
    expect(rows[1]?.className).toBe('');
    expect(table.querySelector('.data-table-spacer')).toBeNull();
    expect(table.querySelector('colgroup')).toBeNull();
  });

  it('renders a long page’s rows in the window only, the rest standing in as spacer height, and follows the scroll', async () => {
    const table = await renderTable(itemsOf(200));
    expect(table.getAttribute('aria-rowcount')).toBe('201');
    const first = dataRows(table);
    // 800 px of window at 40 px a row, and ten more below (overscan).
    expect(first.length).toBeGreaterThanOrEqual(20);
    expect(first.length).toBeLessThanOrEqual(40);
    expect(first[0]?.getAttribute('aria-rowindex')).toBe('2');
    // The columns keep their first widths, as shares of the table's, whatever rows scroll in.
    expect(table.style.tableLayout).toBe('fixed');
    expect(Array.from(table.querySelectorAll('col'), (col) => col.style.width)).toEqual(['30%', '70%']);
    const spacers = table.querySelectorAll<HTMLElement>('.data-table-spacer');
    expect(spacers).toHaveLength(1);
    // The rows not rendered yet count at the estimate until they are measured.
    expect(parseFloat(spacers[0]?.style.height ?? '0')).toBeGreaterThanOrEqual((200 - first.length) * ROW_HEIGHT);
    expect(parseFloat(spacers[0]?.style.height ?? '0')).toBeLessThanOrEqual(
      (200 - first.length) * ESTIMATED_ROW_HEIGHT,
    );

    await act(async () => {
      Object.defineProperty(window, 'scrollY', { value: 100 * ROW_HEIGHT, configurable: true });
      window.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const scrolled = dataRows(table);
    const indexes = scrolled.map((row) => Number(row.getAttribute('data-index')));
    // 4,000 px down: the first rows measured (40 px), the others still at the estimate.
    expect(indexes[0]).toBeGreaterThan(50);
    expect(indexes).toContain(85);
    expect(indexes).not.toContain(0);
    expect(scrolled.length).toBeLessThanOrEqual(45);
    const [before, after] = Array.from(table.querySelectorAll<HTMLElement>('.data-table-spacer'));
    const renderedHeight = scrolled.length * ROW_HEIGHT;
    // The rows above were measured on their way past (first render) or count at the estimate.
    expect(parseFloat(before?.style.height ?? '0')).toBeGreaterThanOrEqual(indexes[0]! * ROW_HEIGHT);
    expect(parseFloat(before?.style.height ?? '0')).toBeLessThanOrEqual(indexes[0]! * ESTIMATED_ROW_HEIGHT);
    const total = parseFloat(before?.style.height ?? '0') + renderedHeight + parseFloat(after?.style.height ?? '0');
    expect(total).toBeGreaterThanOrEqual(200 * ROW_HEIGHT);
    expect(total).toBeLessThanOrEqual(200 * ESTIMATED_ROW_HEIGHT);
    expect(within(table).getByText('Company 85')).toBeTruthy();
  });
});

import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Group, Pagination, Select, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { TableScroll } from './TableScroll';

/**
 * From this many rows a page renders only the rows in (and near) the window, the rest stand in as
 * two spacer rows of their height: a 200-row page of the work queue otherwise costs its render
 * ten times the empty page's (bench/console.bench.ts). Smaller pages render every row.
 */
export const VIRTUAL_ROWS_FROM = 60;
/** A row's height before it is measured: the queues' rows hold two lines (a name over its taxpayer id). */
export const ESTIMATED_ROW_HEIGHT = 56;

export interface Column<Item, Sort extends string> {
  key: string;
  header: string;
  cell: (item: Item) => ReactNode;
  /** The server's sort this column stands for, when it can be sorted by. */
  sort?: Sort;
}

export interface PageState<Sort extends string> {
  page: number;
  pageSize: number;
  sort: Sort;
  order: 'asc' | 'desc';
}

/**
 * A page of a server-side list: sortable headers (aria-sort), the page's rows, and paging with the
 * total; every change goes to `onChange` (the caller keeps it in the URL).
 */
export function PagedTable<Item, Sort extends string>({
  label,
  columns,
  items,
  total,
  state,
  onChange,
  rowKey,
  onRowOpen,
  empty,
}: {
  label: string;
  columns: Column<Item, Sort>[];
  items: Item[];
  total: number;
  state: PageState<Sort>;
  onChange: (next: Partial<PageState<Sort>>) => void;
  rowKey: (item: Item) => string;
  onRowOpen?: (item: Item) => void;
  empty: string;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / state.pageSize));
  const virtual = items.length >= VIRTUAL_ROWS_FROM;
  const columnWidths = useFrozenColumnWidths(virtual);
  return (
    <>
      {/* Plain table elements styled by .data-table: pages of up to 200 rows render several times faster than with a component per cell. */}
      <TableScroll label={label}>
        <table
          ref={columnWidths.table}
          style={columnWidths.percents ? { tableLayout: 'fixed' } : undefined}
          className="data-table"
          aria-label={label}
          data-testid="paged-table"
          // The header row and every item, also those a long page does not render (VirtualBody).
          aria-rowcount={items.length + 1}
        >
          {columnWidths.percents && (
            <colgroup>
              {columnWidths.percents.map((percent, index) => (
                <col key={index} style={{ width: `${percent}%` }} />
              ))}
            </colgroup>
          )}
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = column.sort && column.sort === state.sort;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sorted ? (state.order === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {column.sort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() =>
                          onChange({
                            sort: column.sort,
                            order: sorted && state.order === 'asc' ? 'desc' : 'asc',
                            page: 1,
                          })
                        }
                      >
                        {column.header}
                        {sorted ? (state.order === 'asc' ? '\u00a0▲' : '\u00a0▼') : ''}
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          {items.length === 0 ? (
            <tbody>
              <tr>
                <td colSpan={columns.length} className="data-table-empty">
                  {empty}
                </td>
              </tr>
            </tbody>
          ) : virtual ? (
            <VirtualBody items={items} columns={columns} rowKey={rowKey} onRowOpen={onRowOpen} />
          ) : (
            <tbody>
              {items.map((item, index) => (
                <Row key={rowKey(item)} item={item} index={index} columns={columns} onRowOpen={onRowOpen} />
              ))}
            </tbody>
          )}
        </table>
      </TableScroll>
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="gray.7" data-testid="paged-total">
          {t('list.total', { count: total })}
        </Text>
        <Group gap="sm">
          <Select
            aria-label={t('list.pageSize')}
            data={['10', '25', '50', '100', '200']}
            value={String(state.pageSize)}
            onChange={(value) => value && onChange({ pageSize: Number(value), page: 1 })}
            allowDeselect={false}
            w={90}
            size="xs"
          />
          <Pagination
            total={pages}
            value={Math.min(state.page, pages)}
            onChange={(page) => onChange({ page })}
            size="sm"
            getControlProps={(control) => ({ 'aria-label': t(`list.${control}`) })}
            getItemProps={(page) => ({ 'aria-label': t('list.page', { page }) })}
          />
        </Group>
      </Group>
    </>
  );
}

/**
 * A long page's columns keep the widths the browser gave them for its first screenful (as shares
 * of the table's width, so the table still follows the window): with only the rows in view in
 * the DOM, an automatic layout would change them as other rows scroll in.
 */
function useFrozenColumnWidths(virtual: boolean) {
  const table = useRef<HTMLTableElement>(null);
  const [percents, setPercents] = useState<number[] | undefined>();
  useLayoutEffect(() => {
    if (!virtual) {
      if (percents) setPercents(undefined);
      return;
    }
    if (percents || !table.current) return;
    const total = table.current.getBoundingClientRect().width;
    const widths = Array.from(table.current.querySelectorAll('thead th'), (th) => th.getBoundingClientRect().width);
    // Not laid out (hidden, or a test's DOM): keep the automatic layout.
    if (total > 0 && widths.length > 0 && widths.every((width) => width > 0))
      setPercents(widths.map((width) => (width / total) * 100));
  }, [virtual, percents]);
  return { table, percents };
}

interface RowsProps<Item, Sort extends string> {
  columns: Column<Item, Sort>[];
  onRowOpen?: (item: Item) => void;
}

function Row<Item, Sort extends string>({
  item,
  index,
  columns,
  onRowOpen,
  measure,
}: RowsProps<Item, Sort> & { item: Item; index: number; measure?: (row: HTMLTableRowElement | null) => void }) {
  const classes = [index % 2 === 0 ? 'striped' : '', onRowOpen ? 'clickable' : ''].filter(Boolean).join(' ');
  return (
    <tr
      ref={measure}
      data-index={index}
      // Row 1 is the header row.
      aria-rowindex={index + 2}
      onClick={onRowOpen ? () => onRowOpen(item) : undefined}
      className={classes || undefined}
    >
      {columns.map((column) => (
        <td key={column.key}>{column.cell(item)}</td>
      ))}
    </tr>
  );
}

/**
 * A long page's body: the rows in the window and ten on each side, measured as they render (rows
 * wrap at narrow widths), between two spacer rows standing for the rest; the page scrolls as it
 * would with every row there. The table keeps its semantics (aria-rowcount, aria-rowindex).
 */
function VirtualBody<Item, Sort extends string>({
  items,
  columns,
  rowKey,
  onRowOpen,
}: RowsProps<Item, Sort> & { items: Item[]; rowKey: (item: Item) => string }) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [bodyTop, setBodyTop] = useState(0);
  // Where the body starts on the page, for the window's scroll offset; read before paint.
  useLayoutEffect(() => {
    const top = body.current ? body.current.getBoundingClientRect().top + window.scrollY : 0;
    setBodyTop((previous) => (Math.abs(previous - top) < 1 ? previous : top));
  });
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 10,
    scrollMargin: bodyTop,
    getItemKey: (index) => rowKey(items[index] as Item),
    // Before the window is observed (the first render) it still renders a screenful.
    initialRect: { width: 1280, height: typeof window === 'undefined' ? 800 : window.innerHeight || 800 },
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows.length > 0 ? (rows[0]?.start ?? 0) - bodyTop : 0;
  const after = rows.length > 0 ? virtualizer.getTotalSize() - ((rows[rows.length - 1]?.end ?? 0) - bodyTop) : 0;
  return (
    <tbody ref={body}>
      {before > 0 && <Spacer height={before} columns={columns.length} />}
      {rows.map((row) => (
        <Row
          key={row.key}
          item={items[row.index] as Item}
          index={row.index}
          columns={columns}
          onRowOpen={onRowOpen}
          measure={virtualizer.measureElement}
        />
      ))}
      {after > 0 && <Spacer height={after} columns={columns.length} />}
    </tbody>
  );
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="data-table-spacer" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}

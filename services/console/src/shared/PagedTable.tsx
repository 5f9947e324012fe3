import type { ReactNode } from 'react';
import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from './TableScroll';

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
  return (
    <>
      {/* Plain table elements styled by .data-table: pages of up to 200 rows render several times faster than with a component per cell. */}
      <TableScroll label={label}>
        <table className="data-table" aria-label={label} data-testid="paged-table">
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
          <tbody>
            {items.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="data-table-empty">
                  {empty}
                </td>
              </tr>
            ) : (
              items.map((item) => (
                <tr
                  key={rowKey(item)}
                  onClick={onRowOpen ? () => onRowOpen(item) : undefined}
                  className={onRowOpen ? 'clickable' : undefined}
                >
                  {columns.map((column) => (
                    <td key={column.key}>{column.cell(item)}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
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

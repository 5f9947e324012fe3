import type { ReactNode } from 'react';

/**
 * A table's own horizontal scroll box: a wide table scrolls inside it instead of widening the page on a
 * phone. The box is a named region in the tab order, so keyboard users can scroll it too (axe
 * `scrollable-region-focusable`); `label` is the table's label.
 */
export function TableScroll({
  label,
  maxHeight,
  children,
}: {
  label: string;
  maxHeight?: number;
  children: ReactNode;
}) {
  return (
    <div
      className="data-table-scroll"
      tabIndex={0}
      role="region"
      aria-label={label}
      style={maxHeight ? { maxHeight } : undefined}
    >
      {children}
    </div>
  );
}

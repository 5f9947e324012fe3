import type { ReactNode } from 'react';
import { List, Text } from '@mantine/core';

/** A label and its value, as the portal's record pages show them. */
export function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** A labelled list of texts (grounds, reasons); nothing when there are none. */
export function ItemList({ label, items }: { label: string; items: readonly string[] | null | undefined }) {
  if (!items?.length) return null;
  return (
    <div>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <List>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </div>
  );
}

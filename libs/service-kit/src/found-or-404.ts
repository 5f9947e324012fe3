import { NotFoundException } from '@nestjs/common';

/**
 * The row a request names: 404 saying `<what> not found` when it is not there (`what`: `Operator
 * 42`). For a row the code itself refers to (one it checked before), `existingRow` of
 * `@aeo/persistence` fails as the server's error instead.
 */
export async function foundOr404<Row>(found: Promise<Row | null | undefined>, what: string): Promise<Row> {
  const row = await found;
  if (row === null || row === undefined) throw new NotFoundException(`${what} not found`);
  return row;
}

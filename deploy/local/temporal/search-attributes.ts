/**
 * Prints the workflow search attributes as `Name=Type` lines, one per line, for
 * deploy/local/infra.sh (which turns them into `--search-attribute` flags of the dev server or
 * into `temporal operator search-attribute create` calls against an existing cluster).
 *   node -r ./tools/register.js deploy/local/temporal/search-attributes.ts
 */
// Imported relatively so that this helper does not load the whole workflows package.
import { SEARCH_ATTRIBUTES } from '../../../workflows/src/search-attributes';

for (const [name, type] of Object.entries(SEARCH_ATTRIBUTES)) {
  process.stdout.write(`${name}=${type}\n`);
}

import { visit } from 'jsonc-parser';

/** A JSON document whose text names a member twice in one object. */
export class DuplicateJsonMember extends Error {
  constructor(readonly path: string) {
    super(`${path}: is named more than once in its object`);
  }
}

/**
 * JSON.parse, refusing a document that names a member twice in one object (RFC 8259 §4 leaves
 * such documents to the parser: JSON.parse keeps the last, other parsers the first). For a signed
 * document that would let the signer's parser and ours read different content. A reviver cannot
 * see it (JSON.parse has already dropped the earlier value), so the member names are counted: in
 * valid JSON every ':' outside a string separates a member name from its value, so the document
 * has a duplicate exactly when it has more of them than the parsed objects have keys. That scan is
 * a single pass over the text; only a document that has a duplicate is read again (jsonc-parser's
 * visitor) to name it.
 */
export function parseStrictJson(text: string): unknown {
  const document: unknown = JSON.parse(text);
  if (memberSeparators(text) !== keysOf(document)) throw new DuplicateJsonMember(firstDuplicate(text));
  return document;
}

/** The ':' outside strings. */
function memberSeparators(text: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x3a) count++;
  }
  return count;
}

/** The keys of every object in a parsed document. */
function keysOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += keysOf(item);
    return count;
  }
  for (const key of Object.keys(value)) count += 1 + keysOf((value as Record<string, unknown>)[key]);
  return count;
}

/** The path of the first member named twice in its object, e.g. `entries[3].name`. */
function firstDuplicate(text: string): string {
  const objects: Set<string>[] = [];
  let found: string | undefined;
  visit(text, {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (name, _offset, _length, _line, _character, pathSupplier) => {
      const names = objects[objects.length - 1]!;
      if (names.has(name) && found === undefined)
        found = [...pathSupplier(), name]
          .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
          .join('');
      names.add(name);
    },
  });
  return found ?? 'body';
}

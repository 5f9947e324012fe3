import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionTree } from './build-node';

/**
 * productionTree hard-links the repository's node_modules into the image's tree and lets npm prune
 * it. npm rewrites node_modules/.package-lock.json (its record of the tree) in place, so a linked
 * record was pruned in the repository's node_modules too, and the next image's prune then trusted
 * that wrong record and kept 123 packages it did not list (CI, images.int-spec, 2026-12-03). With
 * a record at all, npm prunes only what the record marks dev and keeps the other images' packages.
 */
describe('productionTree', () => {
  let root: string;
  let trees: string;

  /** A package folder with its package.json, and its entry in npm's record. */
  const pkg = (name: string, dev: boolean, dependencies: Record<string, string> = {}) => {
    mkdirSync(join(root, 'node_modules', name), { recursive: true });
    writeFileSync(
      join(root, 'node_modules', name, 'package.json'),
      JSON.stringify({ name, version: '1.0.0', dependencies }),
    );
    return [`node_modules/${name}`, { version: '1.0.0', ...(dev ? { dev: true } : {}), dependencies }] as const;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'production-tree-root-'));
    trees = mkdtempSync(join(tmpdir(), 'production-tree-out-'));
    const packages = Object.fromEntries([
      pkg('kept', false, { 'kept-too': '1.0.0' }),
      pkg('kept-too', false),
      pkg('other-kept', false),
      pkg('dev-only', true),
    ]);
    writeFileSync(
      join(root, 'node_modules', '.package-lock.json'),
      JSON.stringify({ name: 'root', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2),
    );
    for (const [image, dependency] of [
      ['one', 'kept'],
      ['two', 'other-kept'],
    ]) {
      mkdirSync(join(root, 'dist', image), { recursive: true });
      writeFileSync(
        join(root, 'dist', image, 'package.json'),
        JSON.stringify({ name: image, version: '1.0.0', dependencies: { [dependency]: '1.0.0' } }),
      );
      writeFileSync(join(root, 'dist', image, 'main.js'), '');
    }
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(trees, { recursive: true, force: true });
  });

  const record = (directory: string) =>
    Object.keys(
      (
        JSON.parse(readFileSync(join(directory, 'node_modules', '.package-lock.json'), 'utf8')) as {
          packages: Record<string, unknown>;
        }
      ).packages,
    ).sort();

  it("leaves the repository's node_modules record as it was, so a second image is pruned for its own dependencies", () => {
    const before = readFileSync(join(root, 'node_modules', '.package-lock.json'), 'utf8');
    productionTree({ name: 'one', entries: {} }, join(trees, 'one'), root);
    expect(readFileSync(join(root, 'node_modules', '.package-lock.json'), 'utf8')).toBe(before);
    expect(statSync(join(trees, 'one', 'node_modules', '.package-lock.json')).nlink).toBe(1);
    expect(record(join(trees, 'one'))).toEqual(['node_modules/kept', 'node_modules/kept-too']);

    productionTree({ name: 'two', entries: {} }, join(trees, 'two'), root);
    expect(record(join(trees, 'two'))).toEqual(['node_modules/other-kept']);
    expect(() => statSync(join(trees, 'two', 'node_modules', 'kept'))).toThrow(/ENOENT/);
  }, 60_000);
});

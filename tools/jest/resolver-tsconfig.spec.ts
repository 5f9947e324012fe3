/**
 * Nx's Jest resolver (`@nx/jest/plugins/resolver`, set in jest.preset.js) falls back to TypeScript's
 * module resolution with the compiler options of the *first* project that needed the fallback, and
 * caches them for every project in the same Jest process (`--runInBand` in the end-to-end pass).
 * So every project's config, found the way the resolver finds it, must carry the platform's paths:
 * the console's browser tsconfig did not, and when the console's e2e spec ran first, every later
 * e2e spec failed with "Cannot find module '@aeo/auth'".
 */
import { existsSync, readdirSync } from 'fs';
import { dirname, join, resolve } from 'path';
import * as ts from 'typescript';

const root = resolve(__dirname, '../..');

function jestProjects(): string[] {
  return ['libs', 'services']
    .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
    .concat(['workflows', 'tools', 'bench', 'deploy'].map((dir) => join(root, dir)))
    .filter((dir) => existsSync(join(dir, 'jest.config.js')));
}

/** The same lookup as the resolver's getCompilerSetup. */
function resolverPaths(rootDir: string): { file: string; paths: Record<string, string[]> } {
  const file =
    ts.findConfigFile(rootDir, ts.sys.fileExists, 'tsconfig.spec.json') ||
    ts.findConfigFile(rootDir, ts.sys.fileExists, 'tsconfig.test.json') ||
    ts.findConfigFile(rootDir, ts.sys.fileExists, 'tsconfig.jest.json') ||
    ts.findConfigFile(rootDir, ts.sys.fileExists, 'tsconfig.json');
  if (!file) throw new Error(`no tsconfig above ${rootDir}`);
  const read = ts.readConfigFile(file, ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(file)).options;
  const base = options.pathsBasePath ? String(options.pathsBasePath) : (options.baseUrl ?? dirname(file));
  const paths = Object.fromEntries(
    Object.entries(options.paths ?? {}).map(([name, targets]) => [name, targets.map((t) => resolve(base, t))]),
  );
  return { file, paths };
}

describe("the tsconfig Nx's Jest resolver caches for a whole Jest run", () => {
  const expected = resolverPaths(root).paths;

  it('has the platform paths at the workspace root', () => {
    expect(Object.keys(expected)).toContain('@aeo/auth');
  });

  it.each(jestProjects().map((dir) => [dir.slice(root.length + 1), dir]))(
    '%s: its config has every @aeo path, to the same files',
    (_name, dir) => {
      const { paths } = resolverPaths(dir);
      expect(paths).toEqual(expected);
    },
  );
});

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import type { OutputChunk } from 'rolldown';
import { PLATFORM_PROCESSES } from '../../deploy/local/supervision';

/**
 * The compiled JavaScript of the platform's Node processes, one folder per production image
 * (deploy/docker/Dockerfile): `dist/<image>/main.js` (or one file per entry), its source map, and a
 * package.json whose dependencies are exactly the packages the compiled code requires, with the
 * ranges of the root package.json. The repository's own code (relative imports and the @aeo/*
 * tsconfig paths) is bundled by Rolldown, with legacy decorators and their `design:*` metadata
 * (NestJS dependency injection reads it); every package stays a require() of node_modules.
 *
 *   node -r ./tools/register.js tools/build/build-node.ts <image>...   (each project's `build` target)
 */
export interface NodeImage {
  /** The folder under dist/. */
  name: string;
  /** The Dockerfile's target (the image), when not `name`. */
  target?: string;
  /** A web app's single-page app (Vite's output, its own `build` target), copied into the image's public/. */
  publicDir?: string;
  /** Output file (without .js) → the TypeScript entry, from the repository's root. */
  entries: Record<string, string>;
  /** The worker: its workflows prebundled for the Temporal SDK (workflow-bundle.js beside main.js). */
  workflowBundle?: boolean;
}

/** The operators' command-line tools an image carries besides its main.js (deploy/README.md's runbooks). */
const TOOLS: Record<string, Record<string, string>> = {
  'identity-provider': { 'account-cli': 'services/identity-provider/src/accounts/account-cli.ts' },
  programme: { recompute: 'services/programme/src/recompute/recompute.ts' },
};

/** Web apps: their server is compiled here, their single-page app is Vite's dist/<app> (own build target). */
const WEB_APPS = new Set(['console', 'portal']);

export const NODE_IMAGES: NodeImage[] = [
  // The platform's processes as npm start runs them, but the local mail and webhook sinks (development only).
  ...PLATFORM_PROCESSES.filter((process) => process.name !== 'dev-sinks').map((process): NodeImage =>
    WEB_APPS.has(process.name)
      ? {
          name: `${process.name}-server`,
          target: process.name,
          entries: { main: process.entry },
          publicDir: `dist/${process.name}`,
        }
      : {
          name: process.name,
          entries: { main: process.entry, ...TOOLS[process.name] },
          workflowBundle: process.name === 'worker',
        },
  ),
  // The OpenID provider (run by deploy/local/infra.sh locally, a component of the chart).
  {
    name: 'identity-provider',
    entries: { main: 'services/identity-provider/src/main.ts', ...TOOLS['identity-provider'] },
  },
  // The one-shot jobs run before the services (docker-compose.yml, the chart's hook Jobs).
  {
    name: 'setup',
    entries: {
      'kafka-topics': 'deploy/local/kafka/create-topics.ts',
      'search-attributes': 'deploy/local/temporal/register-search-attributes.ts',
      migrate: 'deploy/kubernetes/migrate.ts',
      // Checks a service's audit trail (npm run audit:verify); run with that service's database.
      'verify-audit-chain': 'libs/persistence/src/cli/verify-audit-chain.ts',
    },
  },
];

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const distDirOf = (image: string, root = REPO_ROOT) => join(root, 'dist', image);

interface RootPackage {
  version: string;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export const packageNameOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(packageNameOf(specifier));

/**
 * The production dependencies of compiled code that requires `specifiers`: each package must be a
 * `dependencies` entry of the root package.json. A devDependency, or a package present only as some
 * other package's dependency (hoisted by npm), fails the build: the image would not have it.
 */
export function productionDependencies(specifiers: Iterable<string>, root: RootPackage): Record<string, string> {
  const dependencies: Record<string, string> = {};
  const problems: string[] = [];
  for (const name of new Set([...specifiers].filter((specifier) => !isBuiltin(specifier)).map(packageNameOf))) {
    if (root.dependencies[name]) dependencies[name] = root.dependencies[name];
    else if (root.devDependencies[name]) problems.push(`${name} is a devDependency`);
    else problems.push(`${name} is not a dependency of the root package.json`);
  }
  if (problems.length) throw new Error(`the compiled code requires packages it cannot have: ${problems.join('; ')}`);
  return Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Packages located with `require.resolve('<package>/…')` (e.g. the PDF fonts' folder): not imports,
 * so the bundler does not list them, but the image needs them as much.
 */
const resolvedPackagesIn = (code: string): string[] =>
  [...code.matchAll(/require\.resolve\(\s*["']([^"'./][^"']*)["']/g)].map((match) => match[1]);

/** A bare specifier that is not ours: a package (or Node built-in) left to require() at run time. */
const isExternal = (specifier: string) =>
  !specifier.startsWith('.') &&
  !specifier.startsWith('/') &&
  !specifier.startsWith('@aeo/') &&
  !specifier.startsWith('\0') &&
  // Rolldown's own helpers for decorators are small: bundled, so they need no package.
  !specifier.startsWith('@oxc-project/runtime');

/** Compiles one image into dist/<image> (emptied first); returns the package.json written there. */
export async function buildNodeImage(image: NodeImage, root = REPO_ROOT): Promise<Record<string, unknown>> {
  const outDir = distDirOf(image.name, root);
  rmSync(outDir, { recursive: true, force: true });
  // Loaded here: an ES module, which Jest's module runtime (the images' test imports this file) cannot require.
  const { build } = await import('rolldown');
  const result = await build({
    cwd: root,
    input: Object.fromEntries(Object.entries(image.entries).map(([name, entry]) => [name, join(root, entry)])),
    platform: 'node',
    tsconfig: join(root, 'tsconfig.base.json'),
    external: isExternal,
    transform: { target: 'es2022' },
    // A type imported without `import type` and named in a decorated signature stays in the
    // metadata as `typeof T === "undefined" ? Object : T` (as SWC and tsc emit it): its import
    // has nothing to bind, which is undefined at run time, not an error.
    shimMissingExports: true,
    output: { dir: outDir, format: 'cjs', sourcemap: true, entryFileNames: '[name].js' },
    logLevel: 'warn',
    onLog(level, log, handle) {
      if (log.code === 'MISSING_EXPORT' || log.code === 'SHIMMED_EXPORT') return;
      handle(level, log);
    },
  });
  const chunks = result.output.filter((file): file is OutputChunk => file.type === 'chunk');
  const ownFiles = new Set(chunks.map((chunk) => chunk.fileName));
  const required = chunks
    .flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports, ...resolvedPackagesIn(chunk.code)])
    .filter((specifier) => !ownFiles.has(specifier));

  if (image.workflowBundle) {
    // The SDK's own bundler (webpack), run here once instead of at every worker start. The sources
    // are TypeScript: this runs under tools/register.js, never in the image.
    const { bundleWorkflows, PREBUILT_WORKFLOW_BUNDLE } = await import('../../workflows/src/bundle');
    writeFileSync(join(outDir, PREBUILT_WORKFLOW_BUNDLE), (await bundleWorkflows()).code);
  }

  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as RootPackage;
  const packageJson = {
    name: `aeo-${image.name}`,
    version: rootPackage.version,
    private: true,
    license: 'Apache-2.0',
    engines: rootPackage.engines,
    dependencies: productionDependencies(required, rootPackage),
    allowScripts: rootPackage.allowScripts,
  };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  return packageJson;
}

/**
 * What the image's /app holds, made here without Docker: dist/<image> copied to `target`, with a
 * node_modules of its production dependencies only. The repository's node_modules (`npm ci`, the
 * patches applied) is hard-linked there and `npm prune --omit=dev` removes every package the
 * generated package.json does not reach, offline: the versions stay those of package-lock.json.
 * The Dockerfile does the same. `target` must be outside the repository, or Node would still find
 * the repository's node_modules above it.
 */
export function productionTree(image: NodeImage, target: string, root = REPO_ROOT): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(distDirOf(image.name, root), target, { recursive: true });
  if (image.publicDir) cpSync(join(root, image.publicDir), join(target, 'public'), { recursive: true });
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(target, 'node_modules')]);
  // npm's record of the tree (node_modules/.package-lock.json) goes: npm rewrites it in place, so
  // the linked record was pruned in the repository's node_modules too, and with a record npm prunes
  // only what it marks dev, keeping the other images' packages. Without one npm reads the folders.
  rmSync(join(target, 'node_modules', '.package-lock.json'), { force: true });
  execFileSync('npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: target,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // npm leaves the emptied scope folders (@jest, @eslint…) behind.
  execFileSync('find', [
    join(target, 'node_modules'),
    '-mindepth',
    '1',
    '-maxdepth',
    '1',
    '-type',
    'd',
    '-empty',
    '-delete',
  ]);
}

const imageNamed = (name: string): NodeImage => {
  const image = NODE_IMAGES.find((candidate) => candidate.name === name || candidate.target === name);
  if (!image) throw new Error(`no image ${name}: ${NODE_IMAGES.map((candidate) => candidate.name).join(' ')}`);
  return image;
};

/** The Dockerfile's target of an image. */
export const targetOf = (image: NodeImage) => image.target ?? image.name;

const USAGE = `usage: build-node.ts <dist folder>...     compile into dist/
       build-node.ts --trees <directory>       every built image's production tree, <directory>/<target>`;

async function main(args: string[]): Promise<void> {
  if (args[0] === '--trees' && args[1]) {
    for (const image of NODE_IMAGES) productionTree(image, join(resolve(args[1]), targetOf(image)));
    return;
  }
  if (!args.length || args[0].startsWith('-')) throw new Error(USAGE);
  for (const image of args.map(imageNamed)) {
    const { name } = image;
    const started = Date.now();
    const { dependencies } = await buildNodeImage(image);
    const count = Object.keys(dependencies as object).length;
    console.log(
      `dist/${name}: ${Object.keys(image.entries).join(', ')} (${count} packages) in ${Date.now() - started} ms`,
    );
  }
}

if (require.main === module)
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });

// The lint rules hold: each is fed a violation through ESLint's Node API with the repository's
// own configuration (in a child process, lint-text.mjs) and must report it; clean files pass.
import { ChildProcess, execFileSync, fork } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const BOUNDARIES = '@nx/enforce-module-boundaries';
const TESTING_IMPORTS = '@typescript-eslint/no-restricted-imports';
const DETERMINISM = 'no-restricted-imports';

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
}

// The first lint of a workflow module starts TypeScript's project service (typed rules): slow.
jest.setTimeout(120_000);

let linter: ChildProcess;
let nextId = 0;
const pending = new Map<number, { resolve: (messages: LintMessage[]) => void; reject: (error: Error) => void }>();

beforeAll(() => {
  // The boundaries rule reads Nx's project graph and is silently skipped without one.
  execFileSync(join(root, 'node_modules', '.bin', 'nx'), ['show', 'projects'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
    stdio: 'ignore',
  });
  linter = fork(join(__dirname, 'lint-text.mjs'), [], {
    cwd: root,
    execArgv: [],
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  linter.on('message', ({ id, messages, error }: { id: number; messages?: LintMessage[]; error?: string }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (error) waiting?.reject(new Error(error));
    else waiting?.resolve(messages ?? []);
  });
}, 120_000);

afterAll(() => linter?.disconnect());

/** Lints `code` as if it were the file at `filePath` (relative to the repository root). */
function lint(filePath: string, code: string): Promise<LintMessage[]> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    linter.send({ id, filePath, code });
  });
}

const rulesOf = (messages: LintMessage[]) => messages.map((m) => m.ruleId);

describe('module boundaries', () => {
  // Workflow modules are type-checked (no-floating-promises): the workflow case lints a file its project holds.
  it.each([
    {
      rule: 'a service may not import another service',
      file: 'services/mra/src/cross-service.ts',
      source: '../../applications/src/app.module',
    },
    {
      rule: 'a service may not reach another through the base URL either',
      file: 'services/mra/src/cross-service.ts',
      source: 'services/applications/src/app.module',
    },
    {
      rule: 'a library may not import a service',
      file: 'libs/persistence/src/uses-service.ts',
      source: '../../../services/applications/src/app.module',
    },
    {
      rule: 'workflow code may not depend on platform libraries',
      file: 'workflows/src/shared/task-queues.ts',
      source: '@aeo/auth',
    },
    {
      rule: "libs/web (the web apps' shared code) may not import an app",
      file: 'libs/web/src/uses-app.ts',
      source: '../../../services/console/src/app/areas',
    },
    {
      rule: 'the trader portal may not import the console',
      file: 'services/portal/src/uses-console.ts',
      source: '../../console/src/app/areas',
    },
    {
      rule: "a web app may not import the platform's Node-side libraries",
      file: 'services/portal/src/uses-platform.ts',
      source: '@aeo/persistence',
    },
  ])('$rule', async ({ file, source }) => {
    const messages = await lint(file, `import * as m from '${source}';\nexport const x = m;\n`);
    expect(rulesOf(messages)).toContain(BOUNDARIES);
  });

  it('contracts depend on nothing but contracts', async () => {
    const messages = await lint(
      'libs/contracts/src/uses-platform.ts',
      "import { loadConfig } from '@aeo/config';\nexport const c = loadConfig;\n",
    );
    expect(messages.find((m) => m.ruleId === BOUNDARIES)?.message).toMatch(
      /tagged with "(type:contract|scope:shared)" can only depend on/,
    );
  });
});

describe('testing libraries stay out of production code', () => {
  it('a service may not import @aeo/testing outside its tests', async () => {
    const messages = await lint(
      'services/mra/src/uses-testing.ts',
      "import { bearer } from '@aeo/testing';\nexport const b = bearer;\n",
    );
    expect(rulesOf(messages)).toEqual(expect.arrayContaining([BOUNDARIES, TESTING_IMPORTS]));
  });

  it.each([
    '@aeo/service-kit/testing',
    '../testing/fixtures',
    'supertest',
    '@temporalio/testing',
    '@nestjs/testing',
    'jest',
  ])('nor %s', async (source) => {
    const messages = await lint(
      'services/mra/src/uses-testing.ts',
      `import * as t from '${source}';\nexport const x = t;\n`,
    );
    expect(rulesOf(messages)).toContain(TESTING_IMPORTS);
  });

  it('tests, testing helpers and tools may', async () => {
    const code =
      "import { bearer } from '@aeo/testing';\nimport request from 'supertest';\nexport const x = [bearer, request];\n";
    for (const file of [
      'services/mra/src/health.spec.ts',
      'services/mra/src/health.int-spec.ts',
      'services/mra/src/testing/helpers.ts',
      'tools/lint/helper.ts',
    ]) {
      expect(await lint(file, code)).toEqual([]);
    }
  });
});

describe('kafkajs stays behind @aeo/messaging', () => {
  const value = "import { Partitioners } from 'kafkajs';\nexport const p = Partitioners;\n";
  const typeOnly = "import type { Producer } from 'kafkajs';\nexport type P = Producer;\n";
  const kafkajsRule = (messages: LintMessage[]) =>
    messages.filter((m) => m.ruleId === TESTING_IMPORTS && /@aeo\/messaging/.test(m.message));

  it('a service or library outside the exceptions may not import it, not even its types', async () => {
    for (const file of ['services/risk-management/src/uses-kafka.ts', 'libs/persistence/src/uses-kafka.ts'])
      for (const code of [value, typeOnly]) expect(kafkajsRule(await lint(file, code))).toHaveLength(1);
  });

  it('no production code outside the messaging library is an exception any more (the dead-letter readers, the recompute, the readiness check went behind it)', async () => {
    for (const file of [
      'libs/service-kit/src/service-infrastructure.module.ts',
      'services/operations/src/dead-letters/dead-letters.consumer.ts',
      'services/programme/src/facts/dead-letters.consumer.ts',
      'services/programme/src/recompute/recompute.ts',
    ])
      expect(kafkajsRule(await lint(file, typeOnly))).toHaveLength(1);
  });

  it('production code keeps the testing ban beside it', async () => {
    const messages = await lint(
      'services/risk-management/src/uses-both.ts',
      "import { Partitioners } from 'kafkajs';\nimport { bearer } from '@aeo/testing';\nexport const x = [Partitioners, bearer];\n",
    );
    expect(messages.filter((m) => m.ruleId === TESTING_IMPORTS)).toHaveLength(2);
  });

  it("tests may name its types (of @aeo/testing's raw client), not import its code", async () => {
    expect(kafkajsRule(await lint('services/mra/src/health.int-spec.ts', value))).toHaveLength(1);
    expect(await lint('services/mra/src/health.int-spec.ts', typeOnly)).toEqual([]);
  });

  it('the messaging library, the listed tools and the benchmarks may', async () => {
    for (const file of ['libs/messaging/src/kafka/other.ts', 'bench/some.bench.ts', 'deploy/local/kafka/tool.ts'])
      expect(await lint(file, value)).toEqual([]);
  });
});

describe('workflow determinism', () => {
  it('a Node built-in is refused in any workflow module, not only *.workflow.ts', async () => {
    const messages = await lint(
      'workflows/src/index.ts',
      "import { randomUUID } from 'node:crypto';\nexport const id = randomUUID;\n",
    );
    expect(messages.find((m) => m.ruleId === DETERMINISM)?.message).toMatch(/deterministic/);
  });

  it('and so are Nest, TypeORM and the Temporal client', async () => {
    for (const source of ['@nestjs/common', 'typeorm', '@temporalio/client']) {
      const messages = await lint(
        'workflows/src/search-attributes.ts',
        `import * as m from '${source}';\nexport const x = m;\n`,
      );
      expect(rulesOf(messages)).toContain(DETERMINISM);
    }
  });

  it('the bundling entry and the specs may use Node', async () => {
    const code = "import { join } from 'node:path';\nexport const p = join('a', 'b');\n";
    expect(rulesOf(await lint('workflows/src/bundle.ts', code))).not.toContain(DETERMINISM);
    expect(rulesOf(await lint('workflows/src/certification/certification.workflow.spec.ts', code))).not.toContain(
      DETERMINISM,
    );
  });
});

describe('clean files pass', () => {
  it('a service using contracts, platform libraries and workflow contracts', async () => {
    const code =
      "import { safeText } from '@aeo/contracts';\nimport { loadConfig } from '@aeo/config';\nimport { TASK_QUEUES } from '@aeo/workflows';\nexport const x = [safeText, loadConfig, TASK_QUEUES];\n";
    expect(await lint('services/mra/src/clean.ts', code)).toEqual([]);
  });

  it('a workflow module using contracts and the workflow API', async () => {
    const code =
      "import { workflowInfo } from '@temporalio/workflow';\nimport { safeText } from '@aeo/contracts/common';\nexport const x = [workflowInfo, safeText];\n";
    expect(await lint('workflows/src/index.ts', code)).toEqual([]);
  });
});

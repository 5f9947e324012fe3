// Lint: TypeScript rules, Nx module boundaries on tags (type:* and scope:*, see
// tools/lint/module-boundaries.mjs), no testing libraries in production code, and determinism
// rules for workflow code (no Node built-ins, Nest, TypeORM, Kafka or Temporal client/worker).
// `npm run lint` builds Nx's project graph first: without it the boundaries rule is skipped.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import { builtinModules } from 'node:module';
import { moduleBoundaries, noTestingImports, TEST_FILES } from './tools/lint/module-boundaries.mjs';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const nonDeterministic = [
  ...nodeBuiltins,
  '@nestjs/*',
  'typeorm',
  'kafkajs',
  '@platformatic/kafka',
  'pg',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
  '@aeo/messaging',
  '@aeo/persistence',
  '@aeo/observability',
  '@aeo/config',
];

// kafkajs stays behind @aeo/messaging's interface (issue 22: kafkajs has had no release since
// February 2023, so a change of client must touch one library; bench/README.md, 'The Kafka
// client'). Where it may still be imported, each with its reason:
const KAFKAJS_ALLOWED = [
  'libs/messaging/**', // the messaging library: the client's home
  'libs/testing/src/kafka.ts', // tests' raw client (testKafka): malformed records, topics read as another system would
  'libs/service-kit/src/dependency-unavailable.spec.ts', // builds kafkajs' own errors to test their mapping to 503
  'tools/dependency-patches/**', // tests the patch of kafkajs itself
  'deploy/local/**', // local Kafka tools: topics with their configs, the SASL client, demo data
  'bench/**', // benchmarks measure the client itself (kafka-client-floor.bench.ts compares two)
];
/** Tests may name kafkajs' types (of @aeo/testing's raw client), never import its code. */
const kafkajsOutsideMessaging = (allowTypeImports) => ({
  name: 'kafkajs',
  allowTypeImports,
  message:
    "Use Kafka through @aeo/messaging (or @aeo/testing's testKafka in tests), not kafkajs directly: the client must stay replaceable in one library (eslint.config.mjs lists the exceptions).",
});

/** @platformatic/kafka (the transactional processor's client) likewise: in @aeo/messaging and the benchmarks. */
const platformaticOutsideMessaging = (allowTypeImports) => ({
  name: '@platformatic/kafka',
  allowTypeImports,
  message:
    'Use Kafka through @aeo/messaging (TransactionalProcessor), not @platformatic/kafka directly: the client must stay replaceable in one library.',
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.local/**',
      '.nx/**',
      'coverage/**',
      'tmp/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.queries.ts',
      'libs/web/src/api/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ tests: false })],
    },
  },
  {
    // Tests and tooling may import the testing projects; production code may not (not even type-only).
    files: TEST_FILES,
    rules: { '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ tests: true })] },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: TEST_FILES,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', noTestingImports] },
  },
  {
    // The same rule's options for production code outside the kafkajs exceptions (a later block replaces them).
    files: ['**/*.ts', '**/*.tsx'],
    ignores: [...TEST_FILES, ...KAFKAJS_ALLOWED],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { ...noTestingImports, paths: [kafkajsOutsideMessaging(false), platformaticOutsideMessaging(false)] },
      ],
    },
  },
  {
    files: TEST_FILES,
    ignores: KAFKAJS_ALLOWED,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [kafkajsOutsideMessaging(true), platformaticOutsideMessaging(true)] },
      ],
    },
  },
  {
    // Everything under workflows/src may be bundled into Temporal's deterministic sandbox, except
    // the Node-side bundling and worker construction (bundle.ts) and the specs.
    files: ['workflows/src/**/*.ts'],
    ignores: ['workflows/src/bundle.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Workflow code must be deterministic: no Node built-ins.',
          })),
          patterns: [
            {
              group: nonDeterministic.filter((n) => !nodeBuiltins.includes(n)),
              message:
                'Workflow code must be deterministic: no Nest, TypeORM, Kafka, database or Temporal client/worker code; call an activity instead.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    // The web apps run in the browser: no Node built-ins (their server is libs/web/server, each app's server/).
    files: [
      'services/console/src/**/*.ts',
      'services/console/src/**/*.tsx',
      'services/portal/src/**/*.ts',
      'services/portal/src/**/*.tsx',
      'libs/web/src/**/*.ts',
      'libs/web/src/**/*.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'The web apps run in the browser: no Node built-ins.' })),
        },
      ],
    },
  },
  {
    // Text safety: every field that accepts text (HTTP inputs, event payloads, workflow inputs,
    // token claims) refuses what PostgreSQL cannot store, through the shared schemas.
    files: ['services/*/src/**/*.ts', 'libs/contracts/src/**/*.ts', 'libs/auth/src/**/*.ts', 'workflows/src/**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      '**/*.response.ts',
      '**/config.ts',
      '**/testing/**',
      'libs/contracts/src/events/common.ts',
      // The console's own schemas (URL state in the browser) store nothing; the services check every input.
      'services/console/**',
      'services/portal/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='z'][callee.property.name='string']",
          message:
            'Use safeText (or textMatching for a pattern-bound string) from @aeo/contracts: text must refuse NUL characters and unpaired surrogates.',
        },
        {
          selector: "CallExpression[callee.object.name='z'][callee.property.name='email']",
          message: 'Use email from @aeo/contracts (RFC 5321 lengths, safe text).',
        },
        {
          selector:
            "CallExpression[callee.object.name='z'][callee.property.name=/^(unknown|any|json|looseObject)$/]:not(CallExpression[callee.name='withSafeText'] *), CallExpression[callee.property.name=/^(loose|passthrough|catchall)$/]:not(CallExpression[callee.name='withSafeText'] *)",
          message:
            'Free-form values must be checked deeply: wrap the schema in withSafeText(...) or use safeJson from @aeo/contracts.',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);

// Who may import whom, for eslint.config.mjs. Two tag dimensions on every project.json:
//   type:  app | feature | workflow | data-access | util | contract | testing
//   scope: shared (contracts: every project, workflow code included)
//          platform (auth, config, observability, persistence, messaging, temporal, service-kit, pdf:
//                    Node-side, for services, the worker and tools; never workflow code)
//          workflows (workflow code; services use its contracts, the worker runs it)
//          worker | bench | <service> (applications, validation, risk-management, mra, notifications, programme, operations)
//          web (libs/web: what the console and the trader portal share) | console | portal
//          testing (testing helpers and traffic models: from tests and tools only)
// A service imports no other service and no lib imports a service (no tag allows scope:<service>
// or type:app). Test files may also import type:testing / scope:testing projects; production code
// may not (and no-restricted-imports below stops jest, supertest and the */testing/* entry points
// that live inside production projects, which tags cannot see).

export const SERVICE_SCOPES = [
  'applications',
  'validation',
  'risk-management',
  'mra',
  'notifications',
  'programme',
  'operations',
  'identity-provider',
];

/** Files that are tests or tooling: they may use testing libraries and Node freely. */
export const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.spec.tsx',
  '**/*.int-spec.ts',
  '**/*.e2e-spec.ts',
  '**/testing/**',
  '**/e2e/**',
  'libs/traffic/**',
  'tools/**',
  'bench/**',
  'deploy/local/**',
];

const typeConstraints = {
  'type:app': ['type:feature', 'type:workflow', 'type:data-access', 'type:util', 'type:contract'],
  'type:feature': ['type:data-access', 'type:util', 'type:contract'],
  'type:workflow': ['type:contract'],
  'type:data-access': ['type:data-access', 'type:util', 'type:contract'],
  'type:util': ['type:util', 'type:contract'],
  'type:testing': ['type:testing', 'type:util', 'type:contract'],
  'type:contract': ['type:contract'],
};

const scopeConstraints = {
  'scope:shared': ['scope:shared'],
  'scope:platform': ['scope:platform', 'scope:shared'],
  'scope:workflows': ['scope:shared'],
  'scope:worker': ['scope:workflows', 'scope:platform', 'scope:shared'],
  'scope:testing': ['scope:testing', 'scope:platform', 'scope:shared'],
  'scope:bench': ['scope:testing', 'scope:workflows', 'scope:platform', 'scope:shared'],
  // The web apps' browser code (and their server): libs/web and the shared contracts at most (never
  // Node-side platform code); libs/web itself uses no service's or app's code.
  'scope:web': ['scope:web', 'scope:shared'],
  'scope:console': ['scope:web', 'scope:shared'],
  'scope:portal': ['scope:web', 'scope:shared'],
  ...Object.fromEntries(
    SERVICE_SCOPES.map((s) => [`scope:${s}`, [`scope:${s}`, 'scope:workflows', 'scope:platform', 'scope:shared']]),
  ),
};

/** Options of @nx/enforce-module-boundaries; `tests` adds the testing projects to every allowed list. */
export function moduleBoundaries({ tests }) {
  const constraints = (table, testingTag) =>
    Object.entries(table).map(([sourceTag, allowed]) => ({
      sourceTag,
      onlyDependOnLibsWithTags: tests && !allowed.includes(testingTag) ? [...allowed, testingTag] : allowed,
    }));
  return {
    allow: [],
    enforceBuildableLibDependency: false,
    depConstraints: [
      ...constraints(typeConstraints, 'type:testing'),
      ...constraints(scopeConstraints, 'scope:testing'),
    ],
  };
}

/** Options of no-restricted-imports for production files: no test libraries, no testing entry points. */
export const noTestingImports = {
  patterns: [
    {
      group: ['**/testing', '**/testing/**', '@aeo/traffic', 'jest', '@jest/*', 'supertest', '@faker-js/*'],
      message:
        'Production code may not import testing libraries (@aeo/testing, */testing/*, jest, supertest, @temporalio/testing, @nestjs/testing): move the code under testing/ or into a spec.',
    },
  ],
};

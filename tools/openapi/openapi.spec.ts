import { readFileSync } from 'node:fs';
import { openApiPath, renderOpenApiDocuments } from './render-openapi';

jest.setTimeout(60_000);

describe('checked-in OpenAPI documents', () => {
  it('match what the services serve (run `npm run openapi` to refresh)', async () => {
    const documents = await renderOpenApiDocuments();
    expect([...documents.keys()]).toEqual([
      'applications',
      'validation',
      'risk-management',
      'mra',
      'notifications',
      'programme',
      'operations',
    ]);
    for (const [service, document] of documents) {
      expect({ service, document: readFileSync(openApiPath(service), 'utf8') }).toEqual({ service, document });
      const parsed = JSON.parse(document);
      expect(parsed.openapi).toMatch(/^3\./);
      expect(Object.keys(parsed.paths)).toContain('/health/ready');
    }
  });
});

describe('every operation of every service', () => {
  it('documents its success status explicitly (a `default` answer would hide which status succeeds)', async () => {
    const withDefault: string[] = [];
    for (const [service, document] of await renderOpenApiDocuments()) {
      for (const [path, item] of Object.entries(
        JSON.parse(document).paths as Record<string, Record<string, { responses: Record<string, unknown> }>>,
      )) {
        for (const [method, operation] of Object.entries(item)) {
          if (
            'default' in operation.responses ||
            !Object.keys(operation.responses).some((status) => status.startsWith('2'))
          )
            withDefault.push(`${service} ${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(withDefault).toEqual([]);
  });

  it('has a summary, its own description, the roles allowed (or says it is open), a success schema and its error statuses', async () => {
    const problems: string[] = [];
    for (const [service, document] of await renderOpenApiDocuments()) {
      for (const [path, item] of Object.entries(
        JSON.parse(document).paths as Record<string, Record<string, Operation>>,
      )) {
        for (const [method, operation] of Object.entries(item))
          for (const problem of operationProblems(path, method, operation))
            problems.push(`${service} ${method.toUpperCase()} ${path}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

interface Operation {
  summary?: string;
  description?: string;
  security?: unknown[];
  'x-roles'?: string[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/** The access note the document generator appends to every description (libs/service-kit bootstrap). */
const ACCESS_NOTE = /^(Roles allowed: .+|No token needed)\.$/;

function operationProblems(path: string, method: string, operation: Operation): string[] {
  const problems: string[] = [];
  if (!operation.summary?.trim()) problems.push('no summary');
  const paragraphs = (operation.description ?? '').split('\n\n');
  if (!paragraphs.some((paragraph) => paragraph.trim() && !ACCESS_NOTE.test(paragraph.trim())))
    problems.push('no description of its own');
  const open = Array.isArray(operation.security) && operation.security.length === 0;
  if (!open && !operation['x-roles']?.length) problems.push('no x-roles, and not open (security: [])');
  const statuses = Object.keys(operation.responses);
  const successes = statuses.filter((status) => status.startsWith('2'));
  if (!successes.length) problems.push('no success answer');
  for (const status of successes) {
    if (status === '204') continue;
    // A JSON answer or a file download: each media type with its schema.
    const content = Object.entries(operation.responses[status]!.content ?? {});
    if (!content.length || content.some(([, media]) => !media.schema)) problems.push(`${status} without a schema`);
  }
  const health = path.startsWith('/health');
  const errors = [
    ...(path === '/health/live' ? [] : ['503']),
    ...(health ? [] : ['400']),
    ...(path.includes('{') ? ['404'] : []),
    ...(open ? [] : ['401', '403']),
    ...(method === 'post' && !open ? ['409', '422'] : []),
  ];
  for (const status of errors) {
    if (!operation.responses[status]) problems.push(`does not document ${status}`);
    else if (!operation.responses[status]!.content?.['application/json']?.schema)
      problems.push(`${status} without the error schema`);
  }
  return problems;
}

import { documentedServices, staleConsoleApiTypes } from './console-api-types';

describe("the console's generated API types", () => {
  it('exist for every documented service', () => {
    expect(documentedServices()).toEqual(expect.arrayContaining(['applications', 'programme', 'validation']));
  });

  it('match the checked-in OpenAPI documents (run `npm run openapi` to refresh)', () => {
    expect(staleConsoleApiTypes()).toEqual([]);
  }, 60_000);
});

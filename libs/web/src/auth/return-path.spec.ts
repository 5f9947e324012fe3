import { sameOriginPath } from './callback';

describe('where sign-in returns to', () => {
  const origin = 'http://127.0.0.1:3000';

  it("returns to a path of the app's own origin, with its query", () => {
    expect(sameOriginPath('/applications?sort=dueAt&page=2', origin)).toBe('/applications?sort=dueAt&page=2');
  });

  it('sends anything that would leave the origin to the overview (no open redirect)', () => {
    for (const returnTo of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      undefined,
    ])
      expect(sameOriginPath(returnTo, origin)).toBe('/');
  });
});

import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleBuildIsStale, webAppBuildIsStale } from './web-app-server';

describe('the web app builds the browser tests serve', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is stale when there is none', () => {
    expect(consoleBuildIsStale(join(dir, 'missing'))).toBe(true);
  });

  it("is stale when a source of the console changed after it was built (yesterday's pages)", () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dir, 'index.html'), longAgo, longAgo);
    expect(consoleBuildIsStale(dir)).toBe(true);
  });

  it('is used as it is when built after every source', () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const later = new Date(Date.now() + 86_400_000);
    utimesSync(join(dir, 'index.html'), later, later);
    expect(consoleBuildIsStale(dir)).toBe(false);
    expect(webAppBuildIsStale('portal', dir)).toBe(false);
  });
});

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const repo = join(__dirname, '..', '..');
const SKIPPED = new Set(['node_modules', '.local', '.git', 'dist', 'coverage', '.nx']);

/** The repository's own Markdown files (not dependencies', not build output). */
function markdownFiles(dir = repo): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const withoutCode = (text: string) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** A file's heading anchors, as GitHub makes them (lower case, punctuation dropped, `-1` for a repeat). */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const headings = [
    ...readFileSync(file, 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .matchAll(/^#{1,6}\s+(.+)$/gm),
  ];
  return new Set(
    headings.map(([, heading]) => {
      const slug = heading!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
      const repeat = seen.get(slug) ?? 0;
      seen.set(slug, repeat + 1);
      return repeat ? `${slug}-${repeat}` : slug;
    }),
  );
}

/** Each relative link of the file that points at no file, or at no heading of its file. */
function brokenLinks(file: string): string[] {
  return [...withoutCode(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)].flatMap(([, target]) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) return [];
    const [path, fragment] = target!.split('#');
    const resolved = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
    if (!existsSync(resolved)) return [`${relative(repo, file)}: ${target}: no such file`];
    if (fragment && resolved.endsWith('.md') && !anchorsOf(resolved).has(fragment))
      return [`${relative(repo, file)}: ${target}: no such heading`];
    return [];
  });
}

describe("the documentation's links", () => {
  const files = markdownFiles();

  it('finds the README and the reference documents', () => {
    const names = files.map((file) => relative(repo, file));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'deploy/README.md']));
  });

  it('point at files and headings that exist', () => {
    expect(files.flatMap(brokenLinks)).toEqual([]);
  });
});

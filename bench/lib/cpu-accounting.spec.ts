import { spawn, type ChildProcess } from 'node:child_process';
import { cpuBetween, cpuOfDescendantsWithEnv, cpuSnapshot } from './cpu-accounting';

/** A child node process that spins for `ms` of CPU, started with `env`; resolves when it has spun. */
function spinner(ms: number, env: Record<string, string>): { child: ChildProcess; spun: Promise<void> } {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const end = process.cpuUsage(); while ((process.cpuUsage(end).user) / 1000 < ${ms}); console.log('spun'); setInterval(() => {}, 1000);`,
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const spun = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => resolve());
    child.on('exit', (code) => reject(new Error(`the spinner ended (${code})`)));
  });
  return { child, spun };
}

describe('cpu accounting from /proc', () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((child) => child.kill('SIGKILL')));

  it("counts a child's CPU as the service's, and a marked child's apart from an unmarked one's", async () => {
    const before = cpuSnapshot();
    const marked = spinner(300, { AEO_CPU_ACCOUNTING_SPEC: 'marked' });
    const unmarked = spinner(100, {});
    children.push(marked.child, unmarked.child);
    await Promise.all([marked.spun, unmarked.spun]);
    const used = cpuBetween(before, cpuSnapshot());
    // Both children's spinning (and their start) is the service's time.
    expect(used.service).toBeGreaterThanOrEqual(400);
    // Only the marked child's: its 300 ms and its start, not the unmarked child's 100 ms and more.
    const ofMarked = cpuOfDescendantsWithEnv('AEO_CPU_ACCOUNTING_SPEC=marked');
    expect(ofMarked).toBeGreaterThanOrEqual(300);
    expect(ofMarked).toBeLessThan(used.service - 50);
    expect(cpuOfDescendantsWithEnv('AEO_CPU_ACCOUNTING_SPEC=nobody')).toBe(0);
  });
});

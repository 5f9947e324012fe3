import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where the machine's CPU time went during a phase of a benchmark, by role, in milliseconds, read
 * from Linux's /proc (the figures are the kernel's own accounting, not sampled): this process, its
 * descendants (a service the benchmark started), PostgreSQL, Kafka, the rest, and the machine's busy
 * time in all. On two cores shared by the broker, the database and the processes measured, a phase's
 * rate is bounded by the CPU it needs per record; these figures say how much and where.
 */
export interface CpuByRole {
  bench: number;
  service: number;
  postgres: number;
  kafka: number;
  other: number;
  /** Busy time of all cores (user, nice, system, irq, softirq, steal); wall time × cores at most. */
  machine: number;
}

export const CPU_ROLES = ['bench', 'service', 'postgres', 'kafka', 'other'] as const;

let tickMs: number | undefined;
/** Milliseconds per clock tick of /proc (USER_HZ, 100 on Linux). */
function msPerTick(): number {
  if (tickMs === undefined) {
    let hz = 100;
    try {
      hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      // getconf missing: Linux's USER_HZ is 100 on every architecture this runs on.
    }
    tickMs = 1000 / hz;
  }
  return tickMs;
}

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  /** utime + stime, ticks */
  own: number;
  /** cutime + cstime: children that ended and were waited for, ticks */
  children: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself contain spaces or parentheses.
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    return {
      pid,
      ppid: Number(fields[1]),
      comm: text.slice(text.indexOf('(') + 1, close),
      own: Number(fields[11]) + Number(fields[12]),
      children: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return undefined; // ended meanwhile
  }
}

/** Every process's figures now, by pid. */
function processStats(): Map<number, ProcStat> {
  const stats = new Map<number, ProcStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.set(stat.pid, stat);
  }
  return stats;
}

/** The process's ancestors, its parent first, up to (not including) init; bounded. */
function* ancestorsOf(stat: ProcStat, stats: Map<number, ProcStat>): Generator<number> {
  for (let parent = stat.ppid, depth = 0; parent > 1 && depth < 64; depth++) {
    yield parent;
    parent = stats.get(parent)?.ppid ?? 0;
  }
}

function isKafka(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('kafka');
  } catch {
    return false;
  }
}

function machineBusyTicks(): number {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  // cpu user nice system idle iowait irq softirq steal …
  const [, user, nice, system, , , irq, softirq, steal] = cpu.trim().split(/\s+/).map(Number);
  return user + nice + system + irq + softirq + (steal || 0);
}

/** The CPU time used so far, by role (milliseconds since each process began). */
export function cpuSnapshot(): CpuByRole {
  const stats = processStats();
  const descends = (stat: ProcStat): boolean => [...ancestorsOf(stat, stats)].includes(process.pid);
  const ticks = { bench: 0, service: 0, postgres: 0, kafka: 0 };
  for (const stat of stats.values()) {
    if (stat.pid === process.pid) ticks.bench += stat.own;
    else if (descends(stat)) ticks.service += stat.own;
    // The postmaster's children's time covers the backends that ended since.
    else if (stat.comm === 'postgres') ticks.postgres += stat.own + stat.children;
    else if (stat.comm === 'java' && isKafka(stat.pid)) ticks.kafka += stat.own;
  }
  const ms = msPerTick();
  const machine = machineBusyTicks() * ms;
  const known = (ticks.bench + ticks.service + ticks.postgres + ticks.kafka) * ms;
  return {
    bench: ticks.bench * ms,
    service: ticks.service * ms,
    postgres: ticks.postgres * ms,
    kafka: ticks.kafka * ms,
    other: machine - known,
    machine,
  };
}

/**
 * The CPU time used between two snapshots. A process that began in between counts from its start;
 * one that ended in between is lost, except PostgreSQL's backends (their parent's children's time)
 * and this process's children once waited for, so take `after` before stopping a service.
 */
export function cpuBetween(before: CpuByRole, after: CpuByRole): CpuByRole {
  const role = (key: keyof CpuByRole) => Math.max(0, after[key] - before[key]);
  const bench = role('bench');
  const service = role('service');
  const postgres = role('postgres');
  const kafka = role('kafka');
  const machine = role('machine');
  return { bench, service, postgres, kafka, machine, other: Math.max(0, machine - bench - service - postgres - kafka) };
}

/** Milliseconds of CPU per record, by role, rounded to 3 decimals. */
export function cpuPerRecord(used: CpuByRole, records: number): CpuByRole {
  const per = (ms: number) => Math.round((ms / Math.max(1, records)) * 1000) / 1000;
  return {
    bench: per(used.bench),
    service: per(used.service),
    postgres: per(used.postgres),
    kafka: per(used.kafka),
    other: per(used.other),
    machine: per(used.machine),
  };
}

/** `bench 0.012, service 0.310, … machine 0.520` (ms a record). */
export const formatCpuPerRecord = (per: CpuByRole) =>
  [...CPU_ROLES, 'machine' as const].map((role) => `${role} ${per[role].toFixed(3)}`).join(', ');

/**
 * The CPU time used so far (ms) by this process's descendants started with `entry` (`NAME=value`)
 * in their environment, and their own descendants: one service process of several, e.g. the
 * transactional path's write-behind (`CHANNEL_DECISIONS_ROLE=write-behind`) beside its decider.
 */
export function cpuOfDescendantsWithEnv(entry: string): number {
  const stats = processStats();
  const marked = new Map<number, boolean>();
  const hasEntry = (pid: number): boolean => {
    let known = marked.get(pid);
    if (known === undefined) {
      try {
        known = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry);
      } catch {
        known = false;
      }
      marked.set(pid, known);
    }
    return known;
  };
  let ticks = 0;
  for (const stat of stats.values()) {
    if (stat.pid === process.pid) continue;
    // The process itself, then its ancestors below this one: counted when one of them has the entry.
    const chain = [stat.pid];
    let underBench = false;
    for (const pid of ancestorsOf(stat, stats)) {
      if (pid === process.pid) {
        underBench = true;
        break;
      }
      chain.push(pid);
    }
    if (underBench && chain.some(hasEntry)) ticks += stat.own;
  }
  return ticks * msPerTick();
}

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import type { Producer } from 'kafkajs';
import { type EventData, type EventDefinition, type EventEnvelope } from '@aeo/contracts';
import { publishEnvelope, testEnv, tsScriptArgs } from '@aeo/testing';

/**
 * For the programme's int-specs: an event of the real contracts, validated by its schema as the
 * producing service's outbox would; its subject the application it names unless given.
 */
export function envelope<E extends EventDefinition>(
  definition: E,
  data: EventData<E>,
  time: string,
  subject = (data as { applicationId?: string }).applicationId ?? randomUUID(),
): EventEnvelope<EventData<E>> {
  return {
    id: randomUUID(),
    type: definition.type,
    source: '/aeo/test',
    subject,
    time,
    data: definition.schema.parse(data) as EventData<E>,
  };
}

/**
 * A producer, and the name under which the service under test reads a platform topic (its own copy,
 * `ServiceUnderTest.topic`); a bare producer publishes on the platform's topics themselves.
 */
export type ScriptedStreamTarget = Producer | { producer: Producer; topic(name: string): string };

/** Publishes the events in order on their topics, keyed as their producers key them (the operator, notification or arrangement). */
export async function publish(target: ScriptedStreamTarget, ...events: EventEnvelope[]): Promise<void> {
  const { producer, topic } = 'producer' in target ? target : { producer: target, topic: (name: string) => name };
  for (const event of events) {
    const data = event.data as { operatorId?: string; notificationId?: string; arrangementId?: string };
    const key = data.operatorId ?? data.notificationId ?? data.arrangementId ?? event.id;
    await publishEnvelope(producer, { topic }, event, key);
  }
}

export const day = (date: string) => `${date}T00:00:00.000Z`;

const run = promisify(execFile);

/** `npm run programme:recompute -- --json <args>` against the service under test: its exit code and JSON summary. */
export async function runRecompute(
  args: string[],
  timeoutMs = 300_000,
): Promise<{ exitCode: number; result: Record<string, unknown> }> {
  const command = [...tsScriptArgs('services/programme/src/recompute/recompute.ts'), '--json', ...args];
  // The environment names the live database and consumer group suffix of the service under test.
  // The fold logs each record it refuses (held back, not dead-lettered again): on shared topics that
  // outgrew execFile's 1 MB default (ERR_CHILD_PROCESS_STDIO_MAXBUFFER).
  const options = { cwd: testEnv.repoRoot, env: process.env, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 };
  const answer = await run(process.execPath, command, options).then(
    ({ stdout }) => ({ exitCode: 0, stdout, stderr: '' }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      exitCode: error.code ?? -1,
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }),
  );
  // Exit code 2 (or a kill) is the tool failing, not a difference found: say why, from its own words.
  if (answer.exitCode !== 0 && answer.exitCode !== 1)
    throw new Error(`programme:recompute failed (exit ${answer.exitCode}):\n${answer.stderr.slice(-4000)}`);
  return { exitCode: answer.exitCode, result: JSON.parse(answer.stdout.trim().split('\n').pop()!) };
}

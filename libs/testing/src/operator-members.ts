import { randomUUID } from 'node:crypto';
import {
  OperatorUserLinked,
  OperatorUserRemoved,
  TOPIC_NAMES,
  toKafkaRecord,
  type EventData,
  type EventDefinition,
} from '@aeo/contracts';
import { testKafka } from './kafka';
import { waitFor } from './wait-for';

/** An operator user's link to a company, as the applications service announces it. */
export interface OperatorUserLink {
  sub: string;
  taxpayerId: string;
  operatorId?: string;
  region?: string;
  role?: 'administrator' | 'member';
}

/** A service's database, where its copy of the companies' users (`operator_members`) is. */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown[]>;
}

async function announce<E extends EventDefinition>(
  definition: E,
  events: ReadonlyArray<{ operatorId: string; data: EventData<E> }>,
): Promise<void> {
  const producer = testKafka('operator-members-announcer').producer({ idempotent: true });
  await producer.connect();
  try {
    await producer.send({
      topic: TOPIC_NAMES.applicationEvents,
      acks: -1,
      messages: events.map(({ operatorId, data }) =>
        toKafkaRecord(
          {
            id: randomUUID(),
            type: definition.type,
            source: '/aeo/applications',
            subject: operatorId,
            time: new Date().toISOString(),
            data: definition.schema.parse(data) as Record<string, unknown>,
          },
          operatorId,
        ),
      ),
    });
  } finally {
    await producer.disconnect();
  }
}

const eventOf = (link: OperatorUserLink) => ({
  operatorId: link.operatorId ?? randomUUID(),
  taxpayerId: link.taxpayerId,
  region: link.region ?? 'DARKHAN',
  sub: link.sub,
  role: link.role ?? 'member',
});

/**
 * Links operator users to their companies as the applications service does: aeo.operator.user-linked.v1
 * on the real broker, then waits until the service's consumer has folded each into its
 * `operator_members` (an operator user acts for a company there only once linked).
 */
export async function linkOperatorUsers(service: Queryable, ...links: readonly OperatorUserLink[]): Promise<void> {
  const at = new Date().toISOString();
  await announce(
    OperatorUserLinked,
    links.map((link) => {
      const data = eventOf(link);
      return { operatorId: data.operatorId, data: { ...data, linkedBy: 'test-administrator', linkedAt: at } };
    }),
  );
  await untilFolded(service, links, 'linked');
}

/** Removes operator users from their companies (aeo.operator.user-removed.v1), and waits until the service folded it. */
export async function removeOperatorUsers(
  service: Queryable,
  ...links: readonly (OperatorUserLink & { operatorId: string })[]
): Promise<void> {
  const at = new Date().toISOString();
  await announce(
    OperatorUserRemoved,
    links.map((link) => ({
      operatorId: link.operatorId,
      data: { ...eventOf(link), removedBy: 'test-administrator', removedAt: at, reason: 'left the company' },
    })),
  );
  await untilFolded(service, links, 'removed');
}

function untilFolded(service: Queryable, links: readonly OperatorUserLink[], state: 'linked' | 'removed') {
  return waitFor(
    `${links.map((link) => link.sub).join(', ')} ${state} in operator_members`,
    async () => {
      const rows = await service.query(
        `SELECT 1 FROM operator_members WHERE sub = ANY($1) AND (removed_at IS NULL) = $2`,
        [links.map((link) => link.sub), state === 'linked'],
      );
      return rows.length >= links.length;
    },
    60_000,
    200,
  );
}

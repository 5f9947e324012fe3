import { randomUUID } from 'node:crypto';
import { OperatorUserLinked, OperatorUserRemoved, type EventData, type EventDefinition } from '@aeo/contracts';
import { testKafka } from './kafka';
import { publishEvent, type TopicsOf } from './publish-event';
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

/**
 * The service under test whose copy is filled: its database, and the name under which it reads a
 * platform topic (its own copy of the topic under `KAFKA_TOPIC_PREFIX`). A bare database stands for
 * a service reading the platform's topics themselves.
 */
export type OperatorMembersCopy = Queryable | { dataSource: Queryable; topic(name: string): string };

const hasOwnTopics = (copy: OperatorMembersCopy): copy is Exclude<OperatorMembersCopy, Queryable> =>
  'topic' in copy && 'dataSource' in copy;
const databaseOf = (copy: OperatorMembersCopy): Queryable => (hasOwnTopics(copy) ? copy.dataSource : copy);
const topicsOf = (copy: OperatorMembersCopy): TopicsOf => (hasOwnTopics(copy) ? copy : { topic: (name) => name });

async function announce<E extends EventDefinition>(
  service: OperatorMembersCopy,
  definition: E,
  events: ReadonlyArray<{ operatorId: string; data: EventData<E> }>,
): Promise<void> {
  const producer = testKafka('operator-members-announcer').producer({ idempotent: true });
  await producer.connect();
  try {
    for (const { operatorId, data } of events)
      await publishEvent(producer, topicsOf(service), '/aeo/applications', {
        definition,
        key: operatorId,
        data: definition.schema.parse(data),
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
 * on the real broker (on the service's own topic when it has one), then waits until the service's
 * consumer has folded each into its `operator_members` (an operator user acts for a company there
 * only once linked).
 */
export async function linkOperatorUsers(
  service: OperatorMembersCopy,
  ...links: readonly OperatorUserLink[]
): Promise<void> {
  const at = new Date().toISOString();
  await announce(
    service,
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
  service: OperatorMembersCopy,
  ...links: readonly (OperatorUserLink & { operatorId: string })[]
): Promise<void> {
  const at = new Date().toISOString();
  await announce(
    service,
    OperatorUserRemoved,
    links.map((link) => ({
      operatorId: link.operatorId,
      data: { ...eventOf(link), removedBy: 'test-administrator', removedAt: at, reason: 'left the company' },
    })),
  );
  await untilFolded(service, links, 'removed');
}

function untilFolded(service: OperatorMembersCopy, links: readonly OperatorUserLink[], state: 'linked' | 'removed') {
  return waitFor(
    `${links.map((link) => link.sub).join(', ')} ${state} in operator_members`,
    async () => {
      const rows = await databaseOf(service).query(
        `SELECT 1 FROM operator_members WHERE sub = ANY($1) AND (removed_at IS NULL) = $2`,
        [links.map((link) => link.sub), state === 'linked'],
      );
      return rows.length >= links.length;
    },
    60_000,
    200,
  );
}

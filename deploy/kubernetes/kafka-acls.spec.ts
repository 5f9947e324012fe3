import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';
import { parse, parseAllDocuments } from 'yaml';
import * as contracts from '@aeo/contracts';
import { TOPICS, dlqTopicOf } from '@aeo/contracts';

/**
 * The KafkaUsers of engines/strimzi-kafka.yaml grant each component exactly what its code needs,
 * derived from the code rather than copied from it:
 * - it writes the topics libs/contracts names it the producer of, every topic its code appends a
 *   contracts event to, and the `.dlq` twin of every topic its event consumers read (they set
 *   records they cannot take aside there); operations also writes every platform topic (a dead
 *   letter is replayed to its original topic);
 * - it reads the topics of its consumers: each `ConsumerRegistry.register(group, topics, …)` and
 *   each raw consumer (`startRawConsumer(kafka, { groupId, topics })`) in its sources, found with
 *   the TypeScript parser and their arguments evaluated (a topic list imported from a module is
 *   that module's value, `config.X` the default of the service's configuration, a dead-letter
 *   pattern the platform's `.dlq` topics it matches, the cluster's topics listed every platform
 *   topic and its `.dlq` twin);
 * - its consumer groups are its own (`<component>.`, which KAFKA_GROUP_SUFFIX only lengthens).
 * Nothing else: no Write or Read on a topic it does not need, no prefix that would cover a topic
 * added later, no topic or cluster administration.
 */
const ROOT = join(__dirname, '..', '..');
const STRIMZI = join(__dirname, 'engines', 'strimzi-kafka.yaml');
const VALUES = join(__dirname, 'chart', 'aeo-platform', 'values.yaml');
const USER_PREFIX = 'aeo-';

const PLATFORM_TOPICS = TOPICS.map((topic) => topic.name);
const DLQ_TOPICS = PLATFORM_TOPICS.map(dlqTopicOf);
const ALL_TOPICS = [...PLATFORM_TOPICS, ...DLQ_TOPICS];

/** The chart's components that reach Kafka (`dependencies: [kafka]`), each with the folder of its code. */
const values = parse(readFileSync(VALUES, 'utf8')) as {
  components: Record<string, { dependencies?: string[] }>;
};
const sourceFolder = (component: string) =>
  component === 'worker' ? join(ROOT, 'workflows') : join(ROOT, 'services', component, 'src');
const KAFKA_COMPONENTS = Object.entries(values.components)
  .filter(([, component]) => component.dependencies?.includes('kafka'))
  .map(([name]) => name)
  .sort();
/** TOPICS' `producer` names the code's owner; the worker's code lives in workflows/. */
const componentOfProducer = (producer: string) => (producer === 'workflows' ? 'worker' : producer);

// ---------------------------------------------------------------------------------------------
// What the code does with Kafka, read from its sources.

interface Consumer {
  file: string;
  group: string;
  topics: string[];
  /** An EventConsumer (ConsumerRegistry.register): it dead-letters to `<topic>.dlq`. */
  deadLetters: boolean;
}

interface Usage {
  consumers: Consumer[];
  /** Topics of the contracts events its code appends to its outbox. */
  appends: Map<string, string[]>;
}

const isSource = (file: string) =>
  file.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|d)\.ts$/.test(file) && !/[/\\]testing[/\\]/.test(file);

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(isSource)
    .sort();
}

const parsed = new Map<string, ts.SourceFile>();
function sourceFile(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    parsed.set(file, source);
  }
  return source;
}

function descendants(node: ts.Node): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (child: ts.Node) => {
    found.push(child);
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

/** The module a named import of `file` comes from, as something `require` takes. */
function importOf(file: string, name: string): string | undefined {
  for (const statement of sourceFile(file).statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (bindings.elements.some((element) => element.name.text === name)) {
      const specifier = statement.moduleSpecifier.text;
      return specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier;
    }
  }
  return undefined;
}

/** The service's configuration default of `key` (its `*EnvSchema` in src/config.ts). */
function configDefault(file: string, key: string): unknown {
  const component = relative(join(ROOT, 'services'), file).split(/[/\\]/)[0]!;
  const config = jest.requireActual(join(ROOT, 'services', component, 'src', 'config.ts')) as Record<string, unknown>;
  for (const exported of Object.values(config)) {
    const schema = exported as {
      shape?: Record<string, { parse: (value: unknown) => unknown }>;
      in?: { shape?: Record<string, unknown> };
      parse?: (env: unknown) => Record<string, unknown>;
    };
    if (schema?.shape?.[key]) return schema.shape[key].parse(undefined);
    // A schema that derives the key from others (operations' DEAD_LETTER_TOPICS from KAFKA_TOPIC_PREFIX):
    // the whole environment's defaults, as a service started without settings has them.
    if (schema?.in?.shape?.[key] && schema.parse) return schema.parse({ AUTH_DEVELOPMENT: 'true' })[key];
  }
  throw new Error(`${file}: no configuration schema of its service has ${key}`);
}

/** The value of an expression naming topics or a group, as far as a consumer's arguments need. */
async function evaluate(file: string, expression: ts.Expression): Promise<unknown> {
  const fail = (): never => {
    throw new Error(`${relative(ROOT, file)}: cannot evaluate \`${expression.getText()}\``);
  };
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isAwaitExpression(expression))
    return evaluate(file, expression.expression);
  if (ts.isArrayLiteralExpression(expression)) {
    const items: unknown[] = [];
    for (const element of expression.elements) {
      if (ts.isSpreadElement(element)) items.push(...((await evaluate(file, element.expression)) as unknown[]));
      else items.push(await evaluate(file, element));
    }
    return items;
  }
  // A group name plus the deployment's KAFKA_GROUP_SUFFIX: the group is under the name's prefix.
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    if (!/KAFKA_GROUP_SUFFIX$/.test(expression.right.getText())) fail();
    return evaluate(file, expression.left);
  }
  if (ts.isPropertyAccessExpression(expression)) {
    const owner = expression.expression;
    if (/(^|\.)config$/.test(owner.getText())) return configDefault(file, expression.name.text);
    return ((await evaluate(file, owner)) as Record<string, unknown>)[expression.name.text];
  }
  if (ts.isCallExpression(expression)) {
    const callee = expression.expression;
    // `promise.finally(…)` is the promise's value.
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'finally')
      return evaluate(file, callee.expression);
    // The cluster's topics, as a helper lists them: every platform topic and its `.dlq` twin.
    if (ts.isIdentifier(callee) && callee.text === 'listKafkaTopics') return ALL_TOPICS;
    const helper = await evaluate(file, callee);
    if (typeof helper !== 'function') return fail();
    const args: unknown[] = [];
    for (const argument of expression.arguments) args.push(await evaluate(file, argument));
    return (helper as (...values: unknown[]) => unknown)(...args);
  }
  if (ts.isIdentifier(expression)) {
    const name = expression.text;
    const imported = importOf(file, name);
    if (imported) return (jest.requireActual(imported) as Record<string, unknown>)[name];
    const declaration = descendants(sourceFile(file)).find(
      (node): node is ts.VariableDeclaration | ts.FunctionDeclaration =>
        (ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node)) &&
        node.name !== undefined &&
        ts.isIdentifier(node.name) &&
        node.name.text === name,
    );
    if (!declaration) return fail();
    // Exported from the file itself: its value as the module computes it.
    const exported = (jest.requireActual(file) as Record<string, unknown>)[name];
    if (exported !== undefined) return exported;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer)
      return evaluate(file, declaration.initializer);
  }
  return fail();
}

/** A topics argument's names: a pattern (a consumer subscribing by regular expression) is the topics it matches. */
const topicNames = (value: unknown): string[] =>
  (value as unknown[]).flatMap((item) =>
    item instanceof RegExp ? ALL_TOPICS.filter((t) => item.test(t)) : [item as string],
  );

function propertyOf(node: ts.Node | undefined, name: string): ts.Expression | undefined {
  if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === name) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) return property.name;
  }
  return undefined;
}

/** The contracts' event definitions by their exported names. */
const EVENT_TOPICS = new Map(
  Object.entries(contracts)
    .filter(([, value]) => typeof (value as { topic?: unknown })?.topic === 'string')
    .map(([name, value]) => [name, (value as { topic: string }).topic]),
);

async function usageOf(component: string): Promise<Usage> {
  const usage: Usage = { consumers: [], appends: new Map() };
  for (const file of sourcesUnder(sourceFolder(component))) {
    const calls = descendants(sourceFile(file)).filter(ts.isCallExpression);
    const method = (call: ts.CallExpression) =>
      ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined;
    const registers = importOf(file, 'ConsumerRegistry') !== undefined;
    for (const call of calls) {
      if (registers && method(call) === 'register' && call.arguments.length >= 3) {
        const [group, topics] = call.arguments;
        usage.consumers.push({
          file,
          group: (await evaluate(file, group!)) as string,
          topics: topicNames(await evaluate(file, topics!)),
          deadLetters: true,
        });
      }
      // The outbox's append/appendMany(manager, Definition, …) and prepareMany(Definition, …).
      const name = method(call);
      const definition =
        name === 'append' || name === 'appendMany'
          ? call.arguments[1]
          : name === 'prepareMany'
            ? call.arguments[0]
            : undefined;
      if (definition && ts.isIdentifier(definition) && importOf(file, definition.text) === '@aeo/contracts') {
        const topic = EVENT_TOPICS.get(definition.text);
        if (topic) usage.appends.set(topic, [...(usage.appends.get(topic) ?? []), definition.text]);
      }
    }
    // Raw consumers (the dead-letter readers): `startRawConsumer(kafka, { groupId, topics, … })`.
    for (const call of calls) {
      if (!ts.isIdentifier(call.expression) || call.expression.text !== 'startRawConsumer') continue;
      const options = call.arguments[1];
      const group = propertyOf(options, 'groupId');
      const topics = propertyOf(options, 'topics');
      if (!group || !topics)
        throw new Error(`${relative(ROOT, file)}: a startRawConsumer call without groupId and topics in its options`);
      usage.consumers.push({
        file,
        group: (await evaluate(file, group)) as string,
        topics: topicNames(await evaluate(file, topics)),
        deadLetters: false,
      });
    }
  }
  return usage;
}

// ---------------------------------------------------------------------------------------------
// What the KafkaUsers grant (Strimzi's simple authorization: allow rules; Kafka's implications).

interface Acl {
  resource: { type: 'topic' | 'group' | 'cluster' | 'transactionalId'; name?: string; patternType?: string };
  operations: string[];
  type?: string;
}

const users = new Map<string, Acl[]>(
  parseAllDocuments(readFileSync(STRIMZI, 'utf8'))
    .map((document) => document.toJS() as { kind: string; metadata: { name: string }; spec: any })
    .filter((manifest) => manifest?.kind === 'KafkaUser')
    .map((manifest) => [manifest.metadata.name, (manifest.spec.authorization?.acls ?? []) as Acl[]]),
);

/** Operations that include Describe (Kafka grants Describe with them). */
const IMPLIES_DESCRIBE = ['Read', 'Write', 'Delete', 'Alter'];

function granted(user: string, type: Acl['resource']['type'], name: string, operation: string): boolean {
  return (users.get(user) ?? []).some((acl) => {
    if ((acl.type ?? 'allow') !== 'allow' || acl.resource.type !== type) return false;
    const pattern = acl.resource.name ?? '';
    const matches =
      type === 'cluster' ||
      pattern === '*' ||
      (acl.resource.patternType === 'prefix' ? name.startsWith(pattern) : name === pattern);
    if (!matches) return false;
    const operations = acl.operations;
    return (
      operations.includes('All') ||
      operations.includes(operation) ||
      (operation === 'Describe' && operations.some((op) => IMPLIES_DESCRIBE.includes(op)))
    );
  });
}

const grantedTopics = (user: string, operation: string) =>
  ALL_TOPICS.filter((topic) => granted(user, 'topic', topic, operation)).sort();

/** A topic nobody has yet: a grant covering it is a prefix that would cover any topic added later. */
const FUTURE_TOPIC = 'aeo.future.events.v1';

// ---------------------------------------------------------------------------------------------

describe('Kafka ACLs (engines/strimzi-kafka.yaml) against what each component’s code does', () => {
  const usages = new Map<string, Usage>();
  beforeAll(async () => {
    for (const component of [...KAFKA_COMPONENTS, 'worker']) usages.set(component, await usageOf(component));
  });

  const consumedBy = (component: string) =>
    [...new Set(usages.get(component)!.consumers.flatMap((consumer) => consumer.topics))].sort();

  function publishedBy(component: string): string[] {
    const usage = usages.get(component)!;
    const topics = new Set<string>([
      ...TOPICS.filter((topic) => componentOfProducer(topic.producer) === component).map((topic) => topic.name),
      ...usage.appends.keys(),
      ...usage.consumers
        .filter((consumer) => consumer.deadLetters)
        .flatMap((consumer) => consumer.topics.map(dlqTopicOf)),
    ]);
    // The dead-letter replay publishes a record again to its original topic, any of the platform's.
    if (component === 'operations') for (const topic of PLATFORM_TOPICS) topics.add(topic);
    return [...topics].sort();
  }

  it('finds the consumers the code registers, each with topics of the platform', () => {
    const found = Object.fromEntries(
      [...usages].map(([component, usage]) => [
        component,
        usage.consumers.map((consumer) => `${consumer.group}: ${consumer.topics.length} topic(s)`),
      ]),
    );
    // Every service that reaches Kafka consumes something; the worker reaches no Kafka at all.
    for (const component of KAFKA_COMPONENTS) expect(found[component]!.length).toBeGreaterThan(0);
    expect(found['worker']).toEqual([]);
    expect(usages.get('worker')!.appends.size).toBe(0);
    for (const usage of usages.values())
      for (const consumer of usage.consumers) {
        expect(consumer.topics.length).toBeGreaterThan(0);
        for (const topic of consumer.topics) expect(ALL_TOPICS).toContain(topic);
      }
  });

  it('a component’s consumer groups are under its own name', () => {
    for (const [component, usage] of usages)
      for (const consumer of usage.consumers) expect(consumer.group).toMatch(new RegExp(`^${component}\\.`));
  });

  it('every topic the platform produces is produced by a component with a KafkaUser', () => {
    for (const topic of TOPICS.filter((t) => t.producer !== 'external'))
      expect(KAFKA_COMPONENTS).toContain(componentOfProducer(topic.producer));
    // The events a component appends travel on topics it owns (or it is operations, which replays).
    for (const component of KAFKA_COMPONENTS)
      for (const [topic, events] of usages.get(component)!.appends)
        expect({ component, topic, events, producer: TOPICS.find((t) => t.name === topic)?.producer }).toEqual({
          component,
          topic,
          events,
          producer: component,
        });
  });

  it('one KafkaUser per component that reaches Kafka, besides setup and KEDA', () => {
    expect([...users.keys()].sort()).toEqual(
      [...KAFKA_COMPONENTS, 'keda', 'setup'].map((name) => USER_PREFIX + name).sort(),
    );
  });

  describe.each(KAFKA_COMPONENTS)('aeo-%s', (component) => {
    const user = USER_PREFIX + component;

    it('may write exactly the topics it publishes to (its events, its dead letters)', () => {
      expect(grantedTopics(user, 'Write')).toEqual(publishedBy(component));
      expect(granted(user, 'topic', FUTURE_TOPIC, 'Write')).toBe(false);
    });

    it('may read exactly the topics it consumes', () => {
      expect(grantedTopics(user, 'Read')).toEqual(consumedBy(component));
      expect(granted(user, 'topic', FUTURE_TOPIC, 'Read')).toBe(false);
    });

    it('may describe only the topics it reads or writes', () => {
      expect(grantedTopics(user, 'Describe')).toEqual(
        [...new Set([...publishedBy(component), ...consumedBy(component)])].sort(),
      );
      expect(granted(user, 'topic', FUTURE_TOPIC, 'Describe')).toBe(false);
    });

    it('joins its own consumer groups and no other component’s', () => {
      for (const consumer of usages.get(component)!.consumers) {
        // The groups as deployed: with or without KAFKA_GROUP_SUFFIX (the recompute's own suffix too).
        for (const group of [consumer.group, `${consumer.group}.recompute-0a1b2c3d`]) {
          expect({ group, read: granted(user, 'group', group, 'Read') }).toEqual({ group, read: true });
          expect({ group, describe: granted(user, 'group', group, 'Describe') }).toEqual({ group, describe: true });
        }
      }
      for (const other of KAFKA_COMPONENTS.filter((name) => name !== component))
        for (const consumer of usages.get(other)!.consumers)
          expect({ group: consumer.group, read: granted(user, 'group', consumer.group, 'Read') }).toEqual({
            group: consumer.group,
            read: false,
          });
    });

    it('needs no IdempotentWrite (one attempt per send, libs/messaging kafka-client.ts), and administers nothing', () => {
      expect(granted(user, 'cluster', '', 'IdempotentWrite')).toBe(false);
      for (const operation of ['Create', 'Delete', 'Alter', 'AlterConfigs', 'DescribeConfigs', 'ClusterAction'])
        for (const type of ['topic', 'cluster'] as const)
          expect({ type, operation, granted: granted(user, type, PLATFORM_TOPICS[0]!, operation) }).toEqual({
            type,
            operation,
            granted: false,
          });
      // No transactions but risk-management's transactional channel decider (CHANNEL_DECISIONS_PATH=
      // transactional): the outbox relay's producer is neither idempotent nor transactional. The
      // decider's transactional ids are risk-management.channel-decider.<host>.<port>
      // (transactional-decider.host.ts): Write and Describe on that prefix, nothing wider.
      expect(users.get(user)!.filter((acl) => acl.resource.type === 'transactionalId')).toEqual(
        component === 'risk-management'
          ? [
              {
                resource: { type: 'transactionalId', name: 'risk-management.', patternType: 'prefix' },
                operations: ['Write', 'Describe'],
              },
            ]
          : [],
      );
    });
  });

  it('only the dead-letter replay writes the feeds of other platforms', () => {
    for (const topic of TOPICS.filter((t) => t.producer === 'external'))
      for (const user of users.keys())
        expect({ user, write: granted(user, 'topic', topic.name, 'Write') }).toEqual({
          user,
          write: user === `${USER_PREFIX}operations`,
        });
  });

  it('the setup Job’s user creates and configures the topics but reads and writes none', () => {
    for (const topic of ALL_TOPICS) {
      for (const operation of ['Create', 'Describe', 'DescribeConfigs', 'Alter', 'AlterConfigs'])
        expect({ topic, operation, granted: granted('aeo-setup', 'topic', topic, operation) }).toEqual({
          topic,
          operation,
          granted: true,
        });
      for (const operation of ['Read', 'Write', 'Delete'])
        expect(granted('aeo-setup', 'topic', topic, operation)).toBe(false);
    }
    expect(users.get('aeo-setup')!.filter((acl) => acl.resource.type === 'group')).toEqual([]);
  });

  it('KEDA only describes: the lag of the groups the chart scales on', () => {
    for (const acl of users.get('aeo-keda')!) expect(acl.operations).toEqual(['Describe']);
    const scaled = Object.values(
      values.components as Record<string, { autoscaling?: { kafka?: { consumerGroup: string; topic: string }[] } }>,
    ).flatMap((component) => component.autoscaling?.kafka ?? []);
    for (const { consumerGroup, topic } of scaled) {
      expect(granted('aeo-keda', 'group', consumerGroup, 'Describe')).toBe(true);
      expect(granted('aeo-keda', 'topic', topic, 'Describe')).toBe(true);
    }
  });
});

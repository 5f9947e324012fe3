/**
 * Registers the workflow search attributes (workflows/src/search-attributes.ts) on a Temporal
 * namespace through the operator API, creating only the missing ones. Used by the docker-compose
 * `setup` job and usable against any existing cluster without the `temporal` CLI:
 *   TEMPORAL_ADDRESS=host:7233 TEMPORAL_NAMESPACE=default \
 *     node -r ./tools/register.js deploy/local/temporal/register-search-attributes.ts
 * Waits up to TEMPORAL_WAIT_SECONDS (default 120) for the server to answer. Over TLS with the
 * services' TEMPORAL_TLS* variables (libs/config), as the chart's hook Job runs it.
 * (The local launcher uses `temporal server start-dev --search-attribute` instead.)
 */
import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { loadConfig, platformEnvSchema, temporalConnectionOptionsFrom } from '@aeo/config';
// Imported relatively so that this helper does not load the whole workflows package.
import { SEARCH_ATTRIBUTES } from '../../../workflows/src/search-attributes';

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;
const TYPES: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  Text: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Int: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  Double: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  Bool: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KeywordList: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const temporalEnvSchema = platformEnvSchema.pick({
  TEMPORAL_ADDRESS: true,
  TEMPORAL_NAMESPACE: true,
  TEMPORAL_TLS: true,
  TEMPORAL_TLS_CA_FILE: true,
  TEMPORAL_TLS_CERT_FILE: true,
  TEMPORAL_TLS_KEY_FILE: true,
  TEMPORAL_TLS_SERVER_NAME: true,
});

async function connect(
  options: ReturnType<typeof temporalConnectionOptionsFrom>,
  deadline: number,
): Promise<Connection> {
  for (;;) {
    try {
      const connection = await Connection.connect({ ...options, connectTimeout: 3000 });
      await connection.healthService.check({});
      return connection;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(2000);
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig(temporalEnvSchema);
  const address = config.TEMPORAL_ADDRESS;
  const namespace = config.TEMPORAL_NAMESPACE;
  const deadline = Date.now() + Number(process.env['TEMPORAL_WAIT_SECONDS'] ?? 120) * 1000;
  const connection = await connect(temporalConnectionOptionsFrom(config), deadline);
  try {
    // A namespace registered moments ago may not be in the frontend's cache yet: retry the listing.
    let existing: Record<string, unknown> | undefined;
    while (!existing) {
      try {
        existing = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await sleep(2000);
      }
    }
    const missing = Object.entries(SEARCH_ATTRIBUTES).filter(([name]) => !(name in existing!));
    if (missing.length > 0) {
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(
          missing.map(([name, type]) => {
            const indexed = TYPES[type];
            if (indexed === undefined) throw new Error(`unknown search attribute type ${type} for ${name}`);
            return [name, indexed];
          }),
        ),
      });
      for (const [name, type] of missing)
        console.log(`registered search attribute ${name} (${type}) on ${address}/${namespace}`);
    }
    console.log(`search attributes ok: ${Object.keys(SEARCH_ATTRIBUTES).length} on ${address}/${namespace}`);
  } finally {
    await connection.close();
  }
}

main().catch((err: unknown) => {
  console.error(`register-search-attributes failed: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});

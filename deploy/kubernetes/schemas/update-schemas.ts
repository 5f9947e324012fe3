/**
 * Writes the JSON schemas kubeconform validates the chart and the engine manifests against
 * (deploy/kubernetes/chart.spec.ts), so that validation needs no network: only the kinds used here,
 * standalone (every $ref inlined) and strict (an object accepts only the properties it declares).
 *
 *   node -r ./tools/register.js deploy/kubernetes/schemas/update-schemas.ts \
 *     --kubernetes <dir>/v1.31.0-local-strict --crds <CRDs catalog checkout>
 *
 * --kubernetes: a `v<version>-local-strict` folder of the Kubernetes JSON schemas (the layout of
 *   yannh/kubernetes-json-schema; the PyPI package kubernetes-validate ships them under
 *   kubernetes_validate/kubernetes-json-schema/). Its kind files point into `_definitions.json`.
 * --crds: a checkout of datreeio/CRDs-catalog (`<group>/<kind>_<version>.json`), for the
 *   operators' custom resources (Strimzi, CloudNativePG, KEDA).
 * A new kind used by the chart or the engines is added to the lists below and the script run again.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const KUBERNETES_VERSION = 'v1.31.0';

/**
 * The Kubernetes kinds the chart, the engine manifests and the kept Temporal chart
 * (engines/charts/temporal, rendered with engines/temporal-values.yaml) use (file names of the
 * schema folders).
 */
export const KUBERNETES_KINDS = [
  'configmap-v1',
  'deployment-apps-v1',
  'service-v1',
  'serviceaccount-v1',
  'poddisruptionbudget-policy-v1',
  'horizontalpodautoscaler-autoscaling-v2',
  'networkpolicy-networking-v1',
  'ingress-networking-v1',
  'job-batch-v1',
  'secret-v1',
];

/** The custom resources: `<group>/<kind>_<version>` of the CRDs catalog. */
export const CUSTOM_RESOURCES = [
  'kafka.strimzi.io/kafka_v1',
  'kafka.strimzi.io/kafkanodepool_v1',
  'kafka.strimzi.io/kafkauser_v1',
  'postgresql.cnpg.io/cluster_v1',
  'postgresql.cnpg.io/database_v1',
  'postgresql.cnpg.io/scheduledbackup_v1',
  'keda.sh/scaledobject_v1alpha1',
  'keda.sh/triggerauthentication_v1alpha1',
];

type Schema = { [key: string]: unknown };
const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Inlines every `$ref` to `#/$defs/<name>` or `<file>#/$defs/<name>` from `definitions`. A
 * definition that refers to itself (only the CRD's own JSONSchemaProps does) becomes `{}` where it
 * recurs.
 */
export function inlineRefs(schema: unknown, definitions: Record<string, unknown>, seen: string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(item, definitions, seen));
  if (!isObject(schema)) return schema;
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = /#\/\$defs\/(.+)$/.exec(ref)?.[1];
    if (!name || !(name in definitions)) throw new Error(`unresolvable $ref ${ref}`);
    if (seen.includes(name)) return {};
    const { $ref: _ref, ...siblings } = schema;
    return { ...(inlineRefs(definitions[name], definitions, [...seen, name]) as Schema), ...siblings };
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inlineRefs(value, definitions, seen)]));
}

/**
 * Strict: an object schema with `properties` and no word on other properties refuses them
 * (`additionalProperties: false`), as the `-strict` Kubernetes schemas do; objects that keep
 * unknown fields (`x-kubernetes-preserve-unknown-fields`) stay open.
 */
export function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (!isObject(schema)) return schema;
  const result = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, strict(value)]));
  if (
    isObject(schema['properties']) &&
    !('additionalProperties' in schema) &&
    schema['x-kubernetes-preserve-unknown-fields'] !== true
  )
    result['additionalProperties'] = false;
  return result;
}

function write(path: string, schema: unknown): void {
  writeFileSync(path, `${JSON.stringify(schema)}\n`);
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const value = argv[argv.indexOf(name) + 1];
    if (!argv.includes(name) || !value) throw new Error(`usage: update-schemas.ts --kubernetes <dir> --crds <dir>`);
    return value;
  };
  const kubernetesDir = arg('--kubernetes');
  const crdsDir = arg('--crds');
  const here = __dirname;

  const out = join(here, 'kubernetes', `${KUBERNETES_VERSION}-standalone-strict`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const definitions = (JSON.parse(readFileSync(join(kubernetesDir, '_definitions.json'), 'utf8')) as Schema)[
    '$defs'
  ] as Record<string, unknown>;
  for (const kind of KUBERNETES_KINDS) {
    const schema = JSON.parse(readFileSync(join(kubernetesDir, `${kind}.json`), 'utf8')) as Schema;
    delete schema['$id'];
    write(join(out, `${kind}.json`), strict(inlineRefs(schema, definitions)));
  }

  const crdOut = join(here, 'crds');
  rmSync(crdOut, { recursive: true, force: true });
  for (const resource of CUSTOM_RESOURCES) {
    const [group, file] = resource.split('/');
    mkdirSync(join(crdOut, group), { recursive: true });
    const schema = JSON.parse(readFileSync(join(crdsDir, group, `${file}.json`), 'utf8')) as Schema;
    write(join(crdOut, group, `${basename(file)}.json`), strict(schema));
  }
  console.log(
    `${KUBERNETES_KINDS.length} Kubernetes ${KUBERNETES_VERSION} and ${CUSTOM_RESOURCES.length} custom resource schemas written under ${here}`,
  );
}

if (require.main === module) main(process.argv.slice(2));

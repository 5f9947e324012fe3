/**
 * Copies the official Temporal Helm chart into deploy/kubernetes/engines/charts/temporal, so that
 * deploy/kubernetes/chart.spec.ts renders engines/temporal-values.yaml with it offline: only what
 * `helm template` reads (Chart.yaml, values.yaml, .helmignore, templates/) and the repository's
 * LICENSE; not the chart's own tests, CI values or example values.
 *
 *   node -r ./tools/register.js deploy/kubernetes/engines/charts/update-charts.ts \
 *     --helm-charts <checkout of temporalio/helm-charts> --ref temporal-1.6.0
 *
 * --ref: a release tag of that repository (`temporal-<chart version>`). The commit and version are
 * written to charts/temporal/UPSTREAM.md. A new chart version: run this again, then the chart spec,
 * and compare the chart's values.yaml with temporal-values.yaml (keys that moved render nothing).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the copy keeps, under the chart's folder of the upstream repository. */
export const KEPT = [/^Chart\.yaml$/, /^values\.yaml$/, /^\.helmignore$/, /^templates\/[^/]+$/];

function main(argv: string[]): void {
  const arg = (name: string) => {
    const value = argv[argv.indexOf(name) + 1];
    if (!argv.includes(name) || !value)
      throw new Error('usage: update-charts.ts --helm-charts <checkout> --ref temporal-<version>');
    return value;
  };
  const checkout = arg('--helm-charts');
  const ref = arg('--ref');
  const git = (...args: string[]) => execFileSync('git', ['-C', checkout, ...args], { maxBuffer: 64 << 20 });
  const commit = git('rev-parse', `${ref}^{commit}`).toString().trim();
  const out = join(__dirname, 'temporal');
  rmSync(out, { recursive: true, force: true });
  const files = git('ls-tree', '-r', '--name-only', commit, 'charts/temporal/')
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((path) => path.slice('charts/temporal/'.length))
    .filter((path) => KEPT.some((pattern) => pattern.test(path)));
  for (const path of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), git('show', `${commit}:charts/temporal/${path}`));
  }
  writeFileSync(join(out, 'LICENSE'), git('show', `${commit}:LICENSE`));
  const version = /^version:\s*(\S+)/m.exec(git('show', `${commit}:charts/temporal/Chart.yaml`).toString())?.[1];
  writeFileSync(
    join(out, 'UPSTREAM.md'),
    [
      '# Upstream',
      '',
      `The official Temporal Helm chart, version ${version}: github.com/temporalio/helm-charts, tag \`${ref}\`,`,
      `commit \`${commit}\`, folder \`charts/temporal\`. Only what \`helm template\` reads is kept (and the`,
      "repository's LICENSE); written by `../update-charts.ts` (its header has the command). Do not edit",
      'these files: change `../../temporal-values.yaml` instead.',
      '',
    ].join('\n'),
  );
  console.log(`${files.length + 2} files of temporal chart ${version} (${commit}) written under ${out}`);
}

if (require.main === module) main(process.argv.slice(2));

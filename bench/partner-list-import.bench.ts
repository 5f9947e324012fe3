/**
 * Partner list import: rows per second of the mra service's import of a signed 100,000-row CSV
 * list (signature check, CSV parse by papaparse, validation, the signed file kept on the version
 * row, the rows COPYed into the entries (first list) or into the staging table for the diff with
 * the current entries in SQL, apply, change rows, events through the outbox, audit; one
 * transaction), compared with a bare `COPY` of the same rows into a table of the same columns as
 * the former version rows in the same run. Each round
 * imports a first version (every row new) and a second one with 1% of the rows changed, 1%
 * suspended and 1% removed; the ratio of the first import to the bare COPY is the figure to watch.
 *
 *   node -r ./tools/register.js bench/partner-list-import.bench.ts      (from the repo root)
 *
 * Env (defaults): BENCH_ROWS (100000), BENCH_ROUNDS (3), BENCH_TARGET_RATIO (0.3),
 *   BENCH_ENFORCE_TARGET (1 = exit 3 when the ratio is below target),
 *   BENCH_RESULTS (bench/results/partner-list-import.json), DATABASE_URL (see @aeo/testing).
 * Results: a table on stdout and JSON in bench/results/partner-list-import.json (git-ignored).
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ROLES } from '@aeo/auth';
import { bearer, createTestDatabase, startServiceProcess, testEnv } from '@aeo/testing';
import * as kit from './lib/bench-kit';

const ROWS = kit.intEnv('BENCH_ROWS', 100_000);
const ROUNDS = kit.intEnv('BENCH_ROUNDS', 3);
const TARGET_RATIO = Number(process.env['BENCH_TARGET_RATIO'] ?? '0.3');
const ENFORCE_TARGET = process.env['BENCH_ENFORCE_TARGET'] === '1';
const RESULTS_PATH = resolve(process.env['BENCH_RESULTS'] ?? join(__dirname, 'results', 'partner-list-import.json'));

const officer = bearer({ sub: 'bench-mra-officer', roles: [ROLES.mraOfficer] });

interface Entry {
  aeoId: string;
  name: string;
  street: string;
  status: 'active' | 'suspended';
  validFrom: string;
  suspendedOn: string;
}

/** `count` AEOs of the Chinese demo partner (CN11 + 8 digits), every 50th suspended. */
function entriesOf(count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => ({
    aeoId: `CN11${String(i + 1).padStart(8, '0')}`,
    name: `Erenhot "Jinhai" Trading ${i + 1} Co., Ltd.`,
    street: `${i + 1} Xingfu Road`,
    status: i % 50 === 49 ? 'suspended' : 'active',
    validFrom: `20${18 + (i % 7)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    suspendedOn: i % 50 === 49 ? '2026-10-15' : '',
  }));
}

/** The second version: 1% renamed, 1% suspended, 1% dropped (removed). */
function secondVersion(entries: Entry[]): Entry[] {
  return entries
    .filter((_, i) => i % 100 !== 2)
    .map((e, i) =>
      i % 100 === 0
        ? { ...e, name: `${e.name} (renamed)` }
        : i % 100 === 1 && e.status === 'active'
          ? { ...e, status: 'suspended' as const, suspendedOn: '2026-11-20' }
          : e,
    );
}

const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
const ADDRESS = (street: string) => ({ street, city: 'Erenhot', postalCode: '011100', country: 'CN' });

/** The list as the partner sends it (CSV with its header row). */
const listCsv = (entries: Entry[]) =>
  'aeoId,name,street,city,postalCode,country,statusType,validFrom,validUntil,status,suspendedOn,revokedOn\n' +
  entries
    .map(
      (e) =>
        `${e.aeoId},${quoted(e.name)},${e.street},Erenhot,011100,CN,AEO Security and Safety,${e.validFrom},,${e.status},${e.suspendedOn},\n`,
    )
    .join('');

/** The same rows as COPY input of the version rows' columns (what the import itself loads). */
const copyCsv = (arrangementId: string, entries: Entry[]) =>
  entries
    .map(
      (e, i) =>
        `${arrangementId},1,${i + 2},${e.aeoId},${e.aeoId},${quoted(e.name)},${quoted(JSON.stringify(ADDRESS(e.street)))},AEOS,AEO Security and Safety,${e.status},${e.validFrom},,${e.suspendedOn},\n`,
    )
    .join('');

async function main(): Promise<number> {
  const startedAt = new Date();
  console.log(`[bench] partner list import: ${ROWS} rows (CSV), rounds=${ROUNDS}, target ratio ${TARGET_RATIO}`);
  console.log(`[bench] PostgreSQL ${new URL(testEnv.databaseUrl).host}`);
  const database = await createTestDatabase('bench_partner_list');
  kit.onCleanup(`drop database ${database.name}`, () => database.drop());
  const service = await startServiceProcess('mra', {
    databaseUrl: database.url,
    env: { LOG_LEVEL: 'warn' },
    readyTimeoutMs: 120_000,
  });
  kit.onCleanup('stop mra', () => service.stop());
  const db = new Client({ connectionString: database.url });
  await db.connect();
  kit.onCleanup('close database client', () => db.end());
  await db.query(
    `CREATE TABLE bench_bare_copy (LIKE mra_partner_list_rows INCLUDING DEFAULTS INCLUDING CONSTRAINTS, PRIMARY KEY (arrangement_id, version, aeo_id))`,
  );

  const kid = 'bench-partner';
  // A key is registered once (one kid of one arrangement): each round's arrangement gets its own.
  // A CSV list's issue time is the signature's iat: each version is issued after the one before.
  const signer = async () => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const sign = async (body: Buffer, iat: number) => {
      const jws = await new CompactSign(new Uint8Array(body))
        .setProtectedHeader({ alg: 'EdDSA', kid, iat })
        .sign(privateKey);
      const [header, , signature] = jws.split('.');
      return `${header}..${signature}`;
    };
    return { jwk: { ...(await exportJWK(publicKey)), kid }, sign };
  };
  const entries = entriesOf(ROWS);
  const first = Buffer.from(listCsv(entries));
  const second = Buffer.from(listCsv(secondVersion(entries)));
  console.log(`[bench] list: ${(first.length / 2 ** 20).toFixed(1)} MB CSV, mra at ${service.url}`);

  const call = async (
    method: string,
    path: string,
    init: { body?: string | FormData; headers?: Record<string, string> },
  ) => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      body: init.body,
      headers: { authorization: officer, ...init.headers },
      signal: AbortSignal.timeout(300_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 2000)}`);
    return JSON.parse(text) as { version: number; rows: number; counts: Record<string, number> };
  };
  const upload = (arrangementId: string, body: Buffer, signature: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(body)], { type: 'text/csv' }), 'list.csv');
    return call('POST', `/v1/arrangements/${arrangementId}/partner-lists`, {
      body: form,
      headers: { 'x-jws-signature': signature },
    });
  };

  const rounds: { bareCopy: number; firstImport: number; secondImport: number; counts: unknown }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    kit.checkAbort();
    const arrangementId = randomUUID();
    await db.query(
      `INSERT INTO mutual_recognition_arrangements (id, partner_country, partner_administration, phase) VALUES ($1, 'CN', 'GACC', 'operational')`,
      [arrangementId],
    );
    const { jwk, sign } = await signer();
    const now = Math.floor(Date.now() / 1000);
    const [firstSignature, secondSignature] = [await sign(first, now - 120), await sign(second, now - 60)];
    await call('PUT', `/v1/arrangements/${arrangementId}/partner-keys/${kid}`, {
      body: JSON.stringify({ jwk }),
      headers: { 'content-type': 'application/json' },
    });

    // Baseline: the same rows, formatted beforehand, COPYed into a table like the version rows'.
    const copyText = copyCsv(arrangementId, entries);
    const bareStart = performance.now();
    await pipeline(Readable.from([copyText]), db.query(copyFrom('COPY bench_bare_copy FROM STDIN (FORMAT csv)')));
    const bareCopy = (performance.now() - bareStart) / 1000;

    const importStart = performance.now();
    const v1 = await upload(arrangementId, first, firstSignature);
    const firstImport = (performance.now() - importStart) / 1000;
    const secondStart = performance.now();
    const v2 = await upload(arrangementId, second, secondSignature);
    const secondImport = (performance.now() - secondStart) / 1000;
    if (v1.counts['new'] !== ROWS || v2.version !== 2)
      throw new Error(`unexpected import answers ${JSON.stringify([v1, v2])}`);
    rounds.push({ bareCopy, firstImport, secondImport, counts: v2.counts });
    console.log(
      `[bench] round ${round}: bare COPY ${kit.fmt(ROWS / bareCopy)} rows/s, import v1 ${kit.fmt(ROWS / firstImport)} rows/s, v2 ${kit.fmt(v2.rows / secondImport)} rows/s (${JSON.stringify(v2.counts)})`,
    );
  }

  const bare = ROWS / kit.median(rounds.map((r) => r.bareCopy));
  const importRate = ROWS / kit.median(rounds.map((r) => r.firstImport));
  const secondRate = ROWS / kit.median(rounds.map((r) => r.secondImport));
  const ratio = importRate / bare;
  kit.printTable([
    ['measure', 'rows/s (median)'],
    ['bare COPY (baseline)', kit.fmt(bare)],
    ['import, first version (all new)', kit.fmt(importRate)],
    ['import, second version (3% differ)', kit.fmt(secondRate)],
    ['ratio first import / bare COPY', `${kit.round3(ratio)} (target ${TARGET_RATIO})`],
  ]);
  kit.writeResults(RESULTS_PATH, 'partner-list-import', startedAt, {
    rows: ROWS,
    rounds,
    bareCopyRowsPerSecond: bare,
    importRowsPerSecond: importRate,
    secondImportRowsPerSecond: secondRate,
    ratio,
    targetRatio: TARGET_RATIO,
  });
  return ENFORCE_TARGET && ratio < TARGET_RATIO ? 3 : 0;
}

kit.runMain(main);

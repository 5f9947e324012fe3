import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { describeAuditChainReport, verifyAuditChain, type AuditChainAnchor } from '../audit-chain';
import { dataSourceOptionsFor } from '../data-source';

const USAGE = `Verifies the audit chain of one service's database end to end.

usage: npm run -s audit:verify -- <service | postgres://...> [--expect <chain_seq>:<hash> ...]

  <service>        applications, validation, risk-management, mra, notifications, programme
                   (its database as the service finds it: <SERVICE>_DATABASE_URL, else DATABASE_URL's server)
  postgres://...   a database URL
  --expect         a head printed by an earlier run (repeatable): that position must still have
                   that hash, else the chain was rewritten (problem "rewritten")

Prints OK with the number of entries and the head's hash (exit 0), or the first broken link:
its chain_seq, the entry's id and what is wrong (content edited, entry missing, out of order,
link broken, rewritten, entry unchained: committed with no chain_seq) (exit 1). Exit 2: a usage error, or the database cannot be read.`;

const SERVICE_NAME = /^[a-z][a-z-]{0,62}$/;

class UsageError extends Error {}

const ANCHOR = /^(\d+):([0-9a-f]{64})$/;

function parse(argv: string[]): { target: string; anchors: AuditChainAnchor[] } | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { expect: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (parsed.values.help) return undefined;
  if (parsed.positionals.length !== 1) throw new UsageError('name one service or database URL');
  const anchors = (parsed.values.expect ?? []).map((text) => {
    const match = ANCHOR.exec(text);
    if (!match) throw new UsageError(`--expect "${text}" is not <chain_seq>:<64 hex digits of the hash>`);
    return { chainSeq: String(BigInt(match[1])), hash: match[2] };
  });
  return { target: parsed.positionals[0], anchors };
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`audit:verify: ${error.message} (see --help)`);
    return 2;
  }
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  const { target, anchors } = args;
  const isUrl = /^postgres(ql)?:\/\//.test(target);
  if (!isUrl && !SERVICE_NAME.test(target)) {
    console.error(`audit:verify: "${target}" is neither a service name nor a postgres:// URL (see --help)`);
    return 2;
  }
  const dataSource = new DataSource({
    ...dataSourceOptionsFor({
      service: isUrl ? 'audit-verify' : target,
      url: isUrl ? target : undefined,
      entities: [],
      migrations: [],
      poolSize: 1,
    }),
    // What goes wrong is said once, below, not also by TypeORM's query log.
    logging: false,
  });
  await dataSource.initialize();
  try {
    const report = await verifyAuditChain(dataSource, { anchors });
    // The URL may hold a password: name the database only.
    const name = isUrl ? new URL(target).pathname.replace(/^\//, '') : target;
    (report.ok ? console.log : console.error)(describeAuditChainReport(name, report));
    return report.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // One line, no stack: this is a command people type.
    const message = (error as Error).message;
    console.error(
      /relation "audit_chain_head" does not exist/.test(message)
        ? 'audit:verify: this database has no audit chain yet: its service runs the migration AuditChain1764390000200 when it starts'
        : `audit:verify: cannot verify: ${message}`,
    );
    process.exitCode = 2;
  },
);

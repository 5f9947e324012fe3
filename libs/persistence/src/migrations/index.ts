export * from './1764300000050-audit-log';
export * from './1764390000000-request-ledgers';
export * from './1764390000100-human-steps-pending';
export * from './1764390000200-audit-chain';
export * from './1764390000300-audit-chain-at-commit';

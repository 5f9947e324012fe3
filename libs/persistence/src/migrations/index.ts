export * from './1764300000050-audit-log';
export * from './1764390000000-request-ledgers';
export * from './1764390000100-human-steps-pending';

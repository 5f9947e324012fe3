// Test helpers of @aeo/persistence for other projects' specs (`@aeo/persistence/testing`).
export * from './test-data-source';
export { auditEntries } from './ledgers';
export { failQueryOnce } from './fail-query-once';

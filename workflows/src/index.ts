// What services may import: contracts (ids, signals, queries, activity interfaces), task queues
// and search attributes. Never the worker.
export * from './certification/certification.contract';
export * from './risk/risk.contract';
export * from './shared/task-queues';
export * from './shared/errors';
export * from './search-attributes';
export { certificationWorkflow } from './certification/certification.workflow';

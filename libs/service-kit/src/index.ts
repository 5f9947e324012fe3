export * from './validation';
export * from './platform.module';
export * from './bootstrap';
export * from './service-infrastructure.module';
export * from './dependency-unavailable';
export * from './responses';
export * from './idempotency';
export * from './workflow-action';

export * from './data-source';
export * from './migrations';
export * from './audit-trail';
export * from './camel-row';
export * from './close-session';
export * from './request-ledger';
export * from './step-records';
export * from './typed-sql';

export * from './data-source';
export * from './audit-trail';
export * from './request-ledger';
export * from './typed-sql';

export * from './data-source';
export * from './audit-trail';

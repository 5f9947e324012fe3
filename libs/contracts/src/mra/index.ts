export * from './foreign-aeo-id';
export * from './benefits';

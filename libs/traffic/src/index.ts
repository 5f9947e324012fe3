export * from './traffic-model';
export * from './foreign-partners';

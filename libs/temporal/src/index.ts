export * from './temporal.module';
export * from './activity-failures';
export * from './correlation';

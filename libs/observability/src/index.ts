export * from './correlation';
export * from './logging';
export * from './metrics';
export * from './health';

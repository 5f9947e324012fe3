export * from './validation';
export * from './platform.module';
export * from './bootstrap';

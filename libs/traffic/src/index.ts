export * from './traffic-model';

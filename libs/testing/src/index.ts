export * from './env';
export * from './wait-for';
export * from './database';
export * from './kafka';
export * from './tokens';
export * from './processes';
export * from './validation-api';
export * from './smtp';

export * from './browser';
export * from './accessibility';
export * from './sign-in';
export * from './web-app-server';
export * from './granted-authorisation';
export * from './portal-company';
export * from './portal-e2e';

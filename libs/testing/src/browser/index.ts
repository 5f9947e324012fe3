export * from './browser';
export * from './accessibility';
export * from './sign-in';
export * from './console-server';

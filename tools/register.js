// Runs TypeScript sources directly (services, worker, scripts) with SWC, which keeps the
// decorator metadata that NestJS dependency injection needs and resolves tsconfig paths.
process.env.SWC_NODE_PROJECT =
  process.env.SWC_NODE_PROJECT || require('path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');

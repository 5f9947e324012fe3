/**
 * `npm run openapi` only builds documents: it verifies no token and connects to nothing. Every
 * AppModule still loads its configuration when imported (PlatformModule.forService: AUTH_ISSUER and
 * AUTH_AUDIENCE required, development defaults refused without AUTH_DEVELOPMENT=true), so the tool
 * gives itself the local launcher's development auth variables, each only when the shell has none,
 * and runs from a plain shell. Imported first by write-openapi.ts, before any AppModule.
 */
process.env['AUTH_ISSUER'] ??= 'http://127.0.0.1:3010';
process.env['AUTH_AUDIENCE'] ??= 'aeo-platform';
process.env['AUTH_DEVELOPMENT'] ??= 'true';

export {};

export * from './roles';
export * from './claims';
export * from './scope';
export * from './auth.guard';
export * from './auth.module';
export * from './token-verifier';
export * as providerTokens from './cli/provider-tokens';

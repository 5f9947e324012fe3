import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AUTH_OPTIONS, AuthOptions, TokenVerifier } from './token-verifier';

/** The auth variables of libs/config (`authEnvSchema`), as the verifier takes them. */
export function authOptionsFrom(env: {
  AUTH_ISSUER: string;
  AUTH_AUDIENCE: string;
  AUTH_ALGORITHMS: readonly ('RS256' | 'ES256')[];
  AUTH_CLOCK_SKEW_S: number;
  AUTH_CLAIM_ROLES: string;
  AUTH_CLAIM_REGION: string;
  AUTH_CLAIM_TAXPAYER_ID: string;
  AUTH_CLAIM_PARTNER_COUNTRY: string;
  AUTH_CLAIM_NAME: string;
  AUTH_DEVELOPMENT: boolean;
}): AuthOptions {
  return {
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    algorithms: env.AUTH_ALGORITHMS,
    clockSkewSeconds: env.AUTH_CLOCK_SKEW_S,
    claims: {
      roles: env.AUTH_CLAIM_ROLES,
      region: env.AUTH_CLAIM_REGION,
      taxpayerId: env.AUTH_CLAIM_TAXPAYER_ID,
      partnerCountry: env.AUTH_CLAIM_PARTNER_COUNTRY,
      name: env.AUTH_CLAIM_NAME,
    },
    development: env.AUTH_DEVELOPMENT,
  };
}

/**
 * Bearer authentication for every route (opt out with @Public()): access tokens of the OpenID
 * Connect provider (AUTH_ISSUER), verified with the keys it publishes. No service can mint one.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        TokenVerifier,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenVerifier],
    };
  }
}

import { createSecretKey } from 'node:crypto';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthGuard } from './auth.guard';
import { TokenVerifier } from './token-verifier';

export interface AuthOptions {
  secret: string;
  issuer: string;
  audience: string;
}

/**
 * JWT bearer authentication for every route (opt out with @Public()). Locally tokens are
 * HS256-signed with AUTH_JWT_SECRET (`npm run token`); in production an OIDC provider issues them.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    const key = createSecretKey(Buffer.from(options.secret, 'utf8'));
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({
          // A key object made once: given a string, jsonwebtoken tries to parse it as a public
          // key on every verification (an exception per request), a large share of a look-up.
          secretOrKeyProvider: () => key,
          verifyOptions: { issuer: options.issuer, audience: options.audience, algorithms: ['HS256'] },
          signOptions: { issuer: options.issuer, audience: options.audience, algorithm: 'HS256' },
        }),
      ],
      providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [JwtModule, TokenVerifier],
    };
  }
}

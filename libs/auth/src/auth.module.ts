import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthGuard } from './auth.guard';

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
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({
          secret: options.secret,
          verifyOptions: { issuer: options.issuer, audience: options.audience, algorithms: ['HS256'] },
          signOptions: { issuer: options.issuer, audience: options.audience, algorithm: 'HS256' },
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
      exports: [JwtModule],
    };
  }
}

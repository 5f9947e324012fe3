import { JwtService } from '@nestjs/jwt';
import { userClaimsSchema } from './claims';
import type { AuthenticatedUser } from './roles';

export interface IssueTokenOptions {
  secret: string;
  issuer?: string;
  audience?: string;
  /** A span such as '8h', or seconds. */
  expiresIn?: string | number;
}

/** Signs a development token (the same claims an OIDC provider would put in production). */
export function issueDevelopmentToken(claims: AuthenticatedUser, options: IssueTokenOptions): string {
  const valid = userClaimsSchema.parse(claims);
  return new JwtService({}).sign(
    { ...valid },
    {
      secret: options.secret,
      issuer: options.issuer ?? 'aeo-platform',
      audience: options.audience ?? 'aeo-platform',
      algorithm: 'HS256',
      expiresIn: (options.expiresIn ?? '8h') as never,
    },
  );
}

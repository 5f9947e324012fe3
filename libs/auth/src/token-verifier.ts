import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ZodError } from 'zod';
import { toAuthenticatedUser } from './claims';
import { AuthenticatedUser, Role } from './roles';

const MAX_CACHED_TOKENS = 10_000;

/**
 * Turns an `Authorization` header into the caller (401 with a clear message otherwise). Border
 * systems present the same token for hours of look-ups, so a verified token's caller is kept
 * (bounded, oldest first out) until the token expires: the signature and claims are checked once
 * per token, not once per request.
 */
@Injectable()
export class TokenVerifier {
  private readonly verified = new Map<string, { user: AuthenticatedUser; expiresAt: number }>();

  constructor(private readonly jwt: JwtService) {}

  authenticate(header: string | undefined, now = Date.now()): AuthenticatedUser {
    if (!header) throw new UnauthorizedException('Missing bearer token: send Authorization: Bearer <token>');
    const space = header.indexOf(' ');
    const scheme = space > 0 ? header.slice(0, space) : header;
    const token = space > 0 ? header.slice(space + 1) : '';
    if (scheme.toLowerCase() !== 'bearer' || !token || token.includes(' '))
      throw new UnauthorizedException('Authorization header must be "Bearer <token>"');

    const cached = this.verified.get(token);
    if (cached) {
      if (cached.expiresAt > now) return cached.user;
      this.verified.delete(token);
    }

    let payload: { exp?: unknown };
    try {
      payload = this.jwt.verify(token, { clockTimestamp: Math.floor(now / 1000) });
    } catch (error) {
      throw new UnauthorizedException(`Invalid token: ${(error as Error).message}`);
    }
    let user: AuthenticatedUser;
    try {
      user = toAuthenticatedUser(payload);
    } catch (error) {
      const details =
        error instanceof ZodError
          ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
          : String(error);
      throw new UnauthorizedException(`Token claims are invalid: ${details}`);
    }
    if (this.verified.size >= MAX_CACHED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { user, expiresAt: Number(payload.exp) * 1000 });
    return user;
  }
}

/** 403 naming the roles needed, unless the caller holds one of them. */
export function assertRoles(user: AuthenticatedUser, required: readonly Role[] | undefined): void {
  if (required?.length && !required.some((role) => user.roles.includes(role))) {
    throw new ForbiddenException(
      `This action needs one of the roles [${required.join(', ')}]; your token has [${user.roles.join(', ')}]`,
    );
  }
}

import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata, UnauthorizedException, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ZodError } from 'zod';
import { toAuthenticatedUser } from './claims';
import { AuthenticatedUser, Role } from './roles';

const PUBLIC_KEY = 'aeo:public';
const ROLES_KEY = 'aeo:roles';

/** Marks a route that needs no token (health, metrics, docs, public register look-up). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  return context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
});

/**
 * Global guard: verifies the bearer token (401 when missing, malformed, expired or badly
 * signed), then checks the route's roles (403 naming the roles needed).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthenticatedUser }>();
    const header = request.headers['authorization'];
    if (!header) throw new UnauthorizedException('Missing bearer token: send Authorization: Bearer <token>');
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthorizedException('Authorization header must be "Bearer <token>"');

    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync(token);
    } catch (error) {
      throw new UnauthorizedException(`Invalid token: ${(error as Error).message}`);
    }
    try {
      request.user = toAuthenticatedUser(payload);
    } catch (error) {
      const details = error instanceof ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : String(error);
      throw new UnauthorizedException(`Token claims are invalid: ${details}`);
    }

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required?.length && !required.some((role) => request.user!.roles.includes(role))) {
      throw new ForbiddenException(`This action needs one of the roles [${required.join(', ')}]; your token has [${request.user.roles.join(', ')}]`);
    }
    return true;
  }
}

import {
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { TokenVerifier, assertRoles } from './token-verifier';
import { AuthenticatedUser, Role } from './roles';

const PUBLIC_KEY = 'aeo:public';
const ROLES_KEY = 'aeo:roles';

/** Marks a route that needs no token (health, metrics, docs, public register look-up). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** OpenAPI extension listing the roles an operation allows (the documents also say it in words). */
export const ROLES_EXTENSION = 'x-roles';

/** The caller needs at least one of these roles; the OpenAPI document lists them (`x-roles`). */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension(ROLES_EXTENSION, roles));

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
    private readonly tokens: TokenVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: AuthenticatedUser }>();
    const user = this.tokens.authenticate(request.headers['authorization']);
    request.user = user;
    assertRoles(user, this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets));
    return true;
  }
}

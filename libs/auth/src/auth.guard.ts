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
import { TokenVerifier, assertAccess, authorizationHeader } from './token-verifier';
import { AuthenticatedUser, Role } from './roles';

const PUBLIC_KEY = 'aeo:public';
const ROLES_KEY = 'aeo:roles';
const SCOPES_KEY = 'aeo:scopes';

/** Marks a route that needs no token (health, metrics, docs, public register look-up). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** OpenAPI extension listing the roles an operation allows (the documents also say it in words). */
export const ROLES_EXTENSION = 'x-roles';
/** OpenAPI extension listing the scopes a backend platform needs for an operation. */
export const SCOPES_EXTENSION = 'x-scopes';

/** The caller needs at least one of these roles; the OpenAPI document lists them (`x-roles`). */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension(ROLES_EXTENSION, roles));

/**
 * A backend platform (`backend-platform` role) needs every one of these OAuth scopes (its token's
 * `scope`) to call the operation; other roles it allows need none. The OpenAPI document lists them
 * (`x-scopes`).
 */
export const RequireScopes = (...scopes: string[]) =>
  applyDecorators(SetMetadata(SCOPES_KEY, scopes), ApiExtension(SCOPES_EXTENSION, scopes));

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  return context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
});

/**
 * Global guard: verifies the bearer token (401 when missing, malformed, expired, badly signed or
 * not for this platform; 503 while the identity provider's keys cannot be had), then checks the
 * route's roles and, for a backend platform, its scopes (403 naming what is needed).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; rawHeaders?: string[]; user?: AuthenticatedUser }>();
    const admit = (user: AuthenticatedUser): true => {
      request.user = user;
      assertAccess(
        user,
        this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
        this.reflector.getAllAndOverride<string[] | undefined>(SCOPES_KEY, targets),
      );
      return true;
    };
    const user = this.tokens.authenticate(authorizationHeader(request));
    return user instanceof Promise ? user.then(admit) : admit(user);
  }
}

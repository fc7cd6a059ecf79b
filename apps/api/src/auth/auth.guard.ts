import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiKeyScope, Role } from '@tenor/contracts';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { API_KEY_SCOPE_KEY, IS_PUBLIC_KEY, ROLES_KEY, type AuthenticatedRequest } from './auth.decorators';
import { toAuthenticatedUser } from './authenticated-user';
import { CSRF_COOKIE, hasValidCsrfToken, isSafeMethod } from './csrf';
import { SessionsService } from './sessions.service';

/** The session cookie's name. */
export const SESSION_COOKIE = 'tenor_session';

/**
 * Guards every endpoint: a live session is required unless @Public(), and one of the @Roles() when given.
 * Endpoints marked @AcceptApiKey(scope) also take a live API key of that scope as a bearer token instead.
 * A change (any method but GET, HEAD, OPTIONS) authenticated by the session cookie must repeat the session's
 * CSRF token in a header; bearer API keys need none, since browsers never send them on their own.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const apiKeyScope = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(API_KEY_SCOPE_KEY, targets);
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (apiKeyScope && bearer) {
      const key = await this.apiKeys.authenticate(bearer, apiKeyScope);
      if (!key) throw new UnauthorizedException('unknown or revoked API key');
      request.user = { id: 0, username: `api-key:${key.prefix}`, displayName: key.name, role: 'admin', sections: [], apiKeyId: key.id };
      return true;
    }
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const session = typeof token === 'string' && token.length > 0 ? await this.sessions.resolve(token) : null;
    if (!session) throw new UnauthorizedException('sign in first');
    if (!isSafeMethod(request.method) && !hasValidCsrfToken(request, token as string)) {
      throw new ForbiddenException(`send the ${CSRF_COOKIE} cookie's value in the X-XSRF-TOKEN header (CSRF protection)`);
    }
    request.user = toAuthenticatedUser(session.user);
    request.tenorSession = session;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.user.role)) {
      throw new ForbiddenException(`this needs the role ${roles.join(' or ')}`);
    }
    return true;
  }
}

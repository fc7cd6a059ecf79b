import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ApiKeyScope, Role } from '@tenor/contracts';
import type { Request } from 'express';
import type { UserEntity } from '../users/user.entity';
import type { AuthenticatedUser } from './authenticated-user';

/** Metadata key: the endpoint needs no login. */
export const IS_PUBLIC_KEY = 'tenor:isPublic';
/** Metadata key: the roles allowed; absent means every signed-in role. */
export const ROLES_KEY = 'tenor:roles';

/** Metadata key: the API-key scope an endpoint also accepts instead of a session. */
export const API_KEY_SCOPE_KEY = 'tenor:apiKeyScope';

/** Lets machine clients call the endpoint with `Authorization: Bearer <API key>` of this scope. */
export const AcceptApiKey = (scope: ApiKeyScope) => SetMetadata(API_KEY_SCOPE_KEY, scope);

/** Marks an endpoint that needs no login (health, login). */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Limits an endpoint (or a controller) to these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A request that passed the auth guard. */
export type AuthenticatedRequest = Request & {
  user: AuthenticatedUser;
  /** Set for a browser session; absent when an API key authenticated the request. */
  tenorSession?: { user: UserEntity; tokenHash: string; expiresAt: string };
};

/** The signed-in user of this request. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);

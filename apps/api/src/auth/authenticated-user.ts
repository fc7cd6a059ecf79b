import type { Role } from '@tenor/contracts';
import type { UserEntity } from '../users/user.entity';

/** Who is calling: attached to the request by the auth guard. */
export interface AuthenticatedUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Sections the user may moderate; empty means all. */
  sections: string[];
  /** Set when an API key, not a person, made the request. */
  apiKeyId?: number;
}

/** The request-facing identity of a stored user. */
export function toAuthenticatedUser(user: UserEntity): AuthenticatedUser {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, sections: user.sections };
}

/** Whether the user may see and decide comments of an article in this section. */
export function canModerateSection(user: AuthenticatedUser, section: string | null): boolean {
  return user.role !== 'moderator' || user.sections.length === 0 || (section !== null && user.sections.includes(section));
}

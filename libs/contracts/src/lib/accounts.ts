/** Roles, from least to most powerful. */
export const ROLES = ['moderator', 'editor', 'admin'] as const;
/** A user's role: moderators work the queue, editors also see trends and the audit log, admins manage everything. */
export type Role = (typeof ROLES)[number];

/** POST /api/auth/login. */
export interface LoginRequest {
  username: string;
  password: string;
}

/** A user as the API shows it (never the password hash). */
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Sections the user may moderate; empty means every section. */
  sections: string[];
  isDisabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** GET /api/auth/me and the answer to a login. */
export interface SessionView {
  user: UserView;
  expiresAt: string;
}

/** POST /api/users (admins). */
export interface CreateUserRequest {
  username: string;
  displayName?: string;
  password: string;
  role: Role;
  sections?: string[];
}

/** PATCH /api/users/:id (admins); every field optional. A new password ends the user's sessions. */
export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  sections?: string[];
  isDisabled?: boolean;
  password?: string;
}

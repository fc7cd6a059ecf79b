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

/** Scopes an API key can have; ingestion is the only one so far. */
export const API_KEY_SCOPES = ['ingest'] as const;
/** An API key's scope. */
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** An API key as admins see it (the key itself is shown once, at creation). */
export interface ApiKeyView {
  id: number;
  name: string;
  scope: ApiKeyScope;
  /** The first characters of the key, to recognise it. */
  prefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** POST /api/api-keys. */
export interface CreateApiKeyRequest {
  name: string;
  scope: ApiKeyScope;
}

/** The answer to creating a key: the secret, shown this once. */
export interface CreatedApiKey {
  key: string;
  apiKey: ApiKeyView;
}

import type { CreateUserRequest, Role, UpdateUserRequest, UserView } from '@tenor/contracts';

/** The shortest password the API accepts (TENOR's MIN_PASSWORD_LENGTH). */
export const MIN_PASSWORD_LENGTH = 10;

/** The editable fields of a user as the form holds them. */
export interface UserDraft {
  displayName: string;
  role: Role;
  sections: readonly string[];
}

/** Sections as typed: trimmed, blanks dropped, duplicates (ignoring case) removed, first spelling kept. */
export function normalizeSections(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const sections: string[] = [];
  for (const value of values.flatMap((entry) => entry.split(','))) {
    const section = value.trim();
    if (section !== '' && !seen.has(section.toLocaleLowerCase('de'))) {
      seen.add(section.toLocaleLowerCase('de'));
      sections.push(section);
    }
  }
  return sections;
}

/** The POST /api/users body of the create form; an empty display name is left out (the API uses the username). */
export function createUserRequest(
  username: string,
  displayName: string,
  password: string,
  role: Role,
  sections: readonly string[],
): CreateUserRequest {
  const request: CreateUserRequest = {
    username: username.trim(),
    password,
    role,
    sections: normalizeSections(sections),
  };
  if (displayName.trim() !== '') {
    request.displayName = displayName.trim();
  }
  return request;
}

/** The PATCH body of an edit: only the fields that changed; empty when nothing did. */
export function userChanges(
  original: Pick<UserView, 'displayName' | 'role' | 'sections'>,
  draft: UserDraft,
): UpdateUserRequest {
  const changes: UpdateUserRequest = {};
  const displayName = draft.displayName.trim();
  if (displayName !== '' && displayName !== original.displayName) changes.displayName = displayName;
  if (draft.role !== original.role) changes.role = draft.role;
  const sections = normalizeSections(draft.sections);
  if (sections.join('\n') !== original.sections.join('\n')) changes.sections = sections;
  return changes;
}

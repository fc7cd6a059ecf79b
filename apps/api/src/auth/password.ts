import { compare, hash } from 'bcryptjs';

// bcrypt work factor: 2^11 rounds takes about 150 ms in bcryptjs on this machine's class of CPU, OWASP's
// "at least 10" with headroom, while keeping a login well under a second.
const BCRYPT_ROUNDS = 11;

// A valid hash of a random password, compared against when the username is unknown so that the answer takes
// as long as for a known user and does not reveal which usernames exist.
const UNKNOWN_USER_HASH = '$2b$11$hs7CznxuRN65xDCCCC6jCul72SKila6GS.SRYtVGFEc7.WqchHd/a';

/** The bcrypt hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, BCRYPT_ROUNDS);
}

/** Whether the password matches the hash; with no hash (unknown user) it still spends the same time and says no. */
export async function verifyPassword(password: string, passwordHash: string | undefined): Promise<boolean> {
  const matches = await compare(password, passwordHash ?? UNKNOWN_USER_HASH);
  return passwordHash !== undefined && matches;
}

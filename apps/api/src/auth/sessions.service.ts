import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { AppConfig } from '../config/app.config';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

// 32 random bytes: 256 bits, beyond guessing; the cookie carries them base64url-encoded.
const TOKEN_BYTES = 32;

/** SHA-256 of a session token, the form stored in the database. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Server-side sessions: created at login, checked on every request, deleted at logout or expiry. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
  ) {}

  /** Starts a session for a user; returns the token for the cookie and when it expires. */
  async start(userId: number): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionHours * 3_600_000).toISOString();
    await this.sessions.insert({ tokenHash: hashToken(token), userId, createdAt: now.toISOString(), expiresAt });
    await this.sessions.delete({ expiresAt: LessThan(now.toISOString()) });
    return { token, expiresAt };
  }

  /** The enabled user behind a live session token, with the session's hash and expiry; null otherwise. */
  async resolve(token: string): Promise<{ user: UserEntity; tokenHash: string; expiresAt: string } | null> {
    const tokenHash = hashToken(token);
    const session = await this.sessions.findOne({ where: { tokenHash }, relations: { user: true } });
    if (!session?.user || session.user.isDisabled) return null;
    if (session.expiresAt <= new Date().toISOString()) {
      await this.sessions.delete({ tokenHash });
      return null;
    }
    return { user: session.user, tokenHash, expiresAt: session.expiresAt };
  }

  /** Ends one session. */
  async end(tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
  }

  /** Ends every session of a user (password reset, disabling). */
  async endAllOf(userId: number): Promise<void> {
    await this.sessions.delete({ userId });
  }
}

import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ApiKeyScope, ApiKeyView, CreateApiKeyRequest, CreatedApiKey } from '@tenor/contracts';
import { randomBytes } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { hashToken } from '../auth/sessions.service';
import { nowInstant } from '../common/instants';
import { ApiKeyEntity } from './api-key.entity';

/** Every key starts with this, so that a leaked one is easy to recognise (and to scan for). */
export const API_KEY_PREFIX = 'tnr_';
// Characters of the key kept in the clear to tell keys apart in the list.
const VISIBLE_PREFIX_LENGTH = 12;

function toApiKeyView(key: ApiKeyEntity): ApiKeyView {
  return {
    id: key.id,
    name: key.name,
    scope: key.scope,
    prefix: key.prefix,
    createdBy: key.createdBy,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
  };
}

/** API keys for machine clients: created and revoked by admins, checked on the endpoints that accept them. */
@Injectable()
export class ApiKeysService {
  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  async list(): Promise<ApiKeyView[]> {
    return (await this.keys.find({ order: { id: 'DESC' } })).map(toApiKeyView);
  }

  /** Creates a key; the secret is in the answer and nowhere else. */
  async create(request: CreateApiKeyRequest, createdBy: string): Promise<CreatedApiKey> {
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const stored = await this.keys.save(
      this.keys.create({
        name: request.name,
        scope: request.scope,
        keyHash: hashToken(key),
        prefix: key.slice(0, VISIBLE_PREFIX_LENGTH),
        createdBy,
        createdAt: nowInstant(),
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { key, apiKey: toApiKeyView(stored) };
  }

  /** Revokes a key for good. */
  async revoke(id: number): Promise<ApiKeyView> {
    const key = await this.keys.findOneBy({ id });
    if (!key) throw new NotFoundException(`API key ${id} does not exist`);
    if (!key.revokedAt) {
      key.revokedAt = nowInstant();
      await this.keys.save(key);
    }
    return toApiKeyView(key);
  }

  /** The live key with this secret and scope, marked as used now; null when unknown, revoked or of another scope. */
  async authenticate(secret: string, scope: ApiKeyScope): Promise<ApiKeyEntity | null> {
    if (!secret.startsWith(API_KEY_PREFIX)) return null;
    const key = await this.keys.findOneBy({ keyHash: hashToken(secret), revokedAt: IsNull() });
    if (!key || key.scope !== scope) return null;
    await this.keys.update({ id: key.id }, { lastUsedAt: nowInstant() });
    return key;
  }
}

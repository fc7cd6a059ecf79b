import { CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { AppConfig } from '../config/app.config';
import { RateLimiter } from './rate-limiter';

/**
 * Limits ingest requests per API key or user (TENOR_INGEST_REQUESTS_PER_MINUTE), so that one runaway client cannot
 * starve the moderators; answers 429 with Retry-After. Runs after the auth guard, which names the caller.
 */
@Injectable()
export class IngestRateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiter;

  constructor(config: AppConfig) {
    this.limiter = new RateLimiter(config.ingestRequestsPerMinute);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caller = request.user.apiKeyId === undefined ? `user:${request.user.id}` : `key:${request.user.apiKeyId}`;
    const waitMs = this.limiter.take(caller);
    if (waitMs === 0) return true;
    const retryAfterSeconds = Math.ceil(waitMs / 1000);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfterSeconds));
    throw new HttpException(
      { statusCode: 429, error: 'Too Many Requests', message: `too many ingest requests; try again in ${retryAfterSeconds} s` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

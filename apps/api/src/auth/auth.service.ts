import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { LoginRequest } from '@tenor/contracts';
import { Repository } from 'typeorm';
import { nowInstant } from '../common/instants';
import { UserEntity } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import { SessionsService } from './sessions.service';

/** The one answer to every failed login, so that it does not reveal which usernames exist. */
const LOGIN_FAILED = 'invalid username or password';

/** Password login with throttling of failed attempts. */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Checks the credentials and starts a session; 401 on any failure, 429 after too many. */
  async login(request: LoginRequest, address: string): Promise<{ user: UserEntity; token: string; expiresAt: string }> {
    const retryAfterMs = this.throttle.retryAfterMs(request.username, address);
    if (retryAfterMs > 0) {
      throw new HttpException(
        { statusCode: 429, error: 'Too Many Requests', message: `too many failed logins; try again in ${Math.ceil(retryAfterMs / 1000)} s` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.users.findOneBy({ username: request.username });
    const isValid = await verifyPassword(request.password, user?.passwordHash);
    if (!user || !isValid || user.isDisabled) {
      this.throttle.recordFailure(request.username, address);
      throw new UnauthorizedException(LOGIN_FAILED);
    }
    this.throttle.recordSuccess(request.username, address);
    const session = await this.sessions.start(user.id);
    user.lastLoginAt = nowInstant();
    await this.users.update({ id: user.id }, { lastLoginAt: user.lastLoginAt });
    return { user, ...session };
  }
}

import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app.config';
import { UsersService } from './users.service';

/** With no users yet, creates the first admin: from TENOR_ADMIN_* or with a random password printed once. */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Tenor');

  constructor(
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    await this.users.create({ username: this.config.adminUsername, password, role: 'admin', displayName: 'Administrator' });
    if (this.config.adminPassword) {
      this.logger.log(`created the first admin "${this.config.adminUsername}" with the password from TENOR_ADMIN_PASSWORD`);
    } else {
      this.logger.warn(
        `created the first admin: username "${this.config.adminUsername}", password "${password}" (shown once; change it under Users)`,
      );
    }
  }
}

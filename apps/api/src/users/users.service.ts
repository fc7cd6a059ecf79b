import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CreateUserRequest, UpdateUserRequest, UserView } from '@tenor/contracts';
import { Repository } from 'typeorm';
import { hashPassword } from '../auth/password';
import { SessionsService } from '../auth/sessions.service';
import { nowInstant } from '../common/instants';
import { UserEntity } from './user.entity';

/** The API view of a user. */
export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    sections: user.sections,
    isDisabled: Boolean(user.isDisabled),
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
  };
}

/** Accounts, managed by admins. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionsService,
  ) {}

  /** Every user, by username. */
  async list(): Promise<UserView[]> {
    return (await this.users.find({ order: { username: 'ASC' } })).map(toUserView);
  }

  /** Creates a user; 409 when the username is taken. */
  async create(request: CreateUserRequest): Promise<UserView> {
    if (await this.users.existsBy({ username: request.username })) {
      throw new ConflictException(`username ${request.username} is taken`);
    }
    const now = nowInstant();
    const user = await this.users.save(
      this.users.create({
        username: request.username,
        displayName: request.displayName ?? request.username,
        passwordHash: await hashPassword(request.password),
        role: request.role,
        sections: request.sections ?? [],
        isDisabled: false,
        createdAt: now,
        updatedAt: now,
        lastLoginAt: null,
      }),
    );
    return toUserView(user);
  }

  /** Changes a user; disabling or a new password ends their sessions. An admin cannot demote or disable themself. */
  async update(id: number, request: UpdateUserRequest, actingUserId: number): Promise<UserView> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException(`user ${id} does not exist`);
    if (id === actingUserId && ((request.role && request.role !== 'admin') || request.isDisabled)) {
      throw new BadRequestException(['role: you cannot demote or disable your own account']);
    }
    if (request.displayName !== undefined) user.displayName = request.displayName;
    if (request.role !== undefined) user.role = request.role;
    if (request.sections !== undefined) user.sections = request.sections;
    if (request.isDisabled !== undefined) user.isDisabled = request.isDisabled;
    if (request.password !== undefined) user.passwordHash = await hashPassword(request.password);
    user.updatedAt = nowInstant();
    await this.users.save(user);
    if (request.isDisabled || request.password !== undefined) await this.sessions.endAllOf(id);
    return toUserView(user);
  }

  /** How many users exist. */
  count(): Promise<number> {
    return this.users.count();
  }
}

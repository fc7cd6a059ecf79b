import { Injectable, inject, signal } from '@angular/core';
import type { CreateUserRequest, UpdateUserRequest, UserView } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';

/** What a create or update came to: the saved user, or the API's failure (validation messages, 409 username taken). */
export type UserSaveOutcome = { kind: 'saved'; user: UserView } | { kind: 'failed'; failure: ApiFailure };

/** The user list for admins, and creating and changing users. Provide it per page. */
@Injectable()
export class UsersStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();

  /** Every user by username; null until loaded. */
  readonly users = signal<readonly UserView[] | null>(null);
  /** Whether the list is loading. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed list load. */
  readonly failure = this.loads.failure;
  /** Id of the user being saved (-1 for a new one), or null. */
  readonly savingUserId = signal<number | null>(null);

  /** Loads the user list. */
  async load(): Promise<void> {
    await this.loads.run(this.api.listUsers(), (users) => this.users.set(users));
  }

  /** Creates a user and adds it to the list. */
  async create(request: CreateUserRequest): Promise<UserSaveOutcome> {
    return this.save(-1, this.api.createUser(request));
  }

  /** Changes a user and replaces it in the list. */
  async update(userId: number, changes: UpdateUserRequest): Promise<UserSaveOutcome> {
    return this.save(userId, this.api.updateUser(userId, changes));
  }

  private async save(userId: number, request: ReturnType<TenorApi['createUser']>): Promise<UserSaveOutcome> {
    this.savingUserId.set(userId);
    try {
      const user = await firstValueFrom(request);
      this.users.update((users) => {
        const others = (users ?? []).filter((listed) => listed.id !== user.id);
        return [...others, user].sort((left, right) => left.username.localeCompare(right.username));
      });
      return { kind: 'saved', user };
    } catch (error) {
      return { kind: 'failed', failure: toApiFailure(error) };
    } finally {
      this.savingUserId.set(null);
    }
  }
}

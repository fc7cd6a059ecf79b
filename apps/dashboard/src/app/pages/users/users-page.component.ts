import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { UserView } from '@tenor/contracts';
import { I18n, SessionStore, UsersStore } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, formatDateTime } from '@tenor/dashboard/ui';
import { UserCreateFormComponent } from './user-create-form.component';
import { UserEditPanelComponent, UserEditResult } from './user-edit-panel.component';

/** User administration for admins: the list, creating users, editing role and sections, disabling and password resets. */
@Component({
  selector: 'tenor-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    ErrorBannerComponent,
    UserCreateFormComponent,
    UserEditPanelComponent,
  ],
  providers: [UsersStore],
  templateUrl: './users-page.component.html',
  styleUrl: './users-page.component.scss',
})
export class UsersPageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(UsersStore);
  private readonly sessions = inject(SessionStore);

  /** Id of the user whose edit panel is open. */
  protected readonly editingUserId = signal<number | null>(null);
  /** The outcome of the last action, shown above the table. */
  protected readonly notice = signal<string | null>(null);
  /** A failed enable/disable. */
  protected readonly actionError = signal<string | null>(null);

  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    const ownId = this.sessions.user()?.id ?? null;
    return (this.store.users() ?? []).map((user) => ({
      user,
      isSelf: user.id === ownId,
      role: this.i18n.t(`role.${user.role}` as const),
      sections: user.sections.length === 0 ? this.i18n.t('users.allSections') : user.sections.join(', '),
      lastLogin:
        user.lastLoginAt === null ? this.i18n.t('users.never') : formatDateTime(user.lastLoginAt, locale),
    }));
  });
  protected readonly editingUser = computed(
    () => this.store.users()?.find((user) => user.id === this.editingUserId()) ?? null,
  );
  protected readonly failureMessage = computed(() => {
    const failure = this.store.failure();
    if (failure === null) return null;
    return (
      failure.message ??
      (failure.status === 0
        ? this.i18n.t('error.network')
        : this.i18n.t('error.status', { status: failure.status }))
    );
  });

  constructor() {
    void this.store.load();
  }

  protected userCreated(user: UserView): void {
    this.notice.set(this.i18n.t('users.created', { username: user.username }));
  }

  protected editUser(user: UserView): void {
    this.notice.set(null);
    this.editingUserId.set(this.editingUserId() === user.id ? null : user.id);
  }

  protected userEdited(result: UserEditResult): void {
    const username = result.user.username;
    this.notice.set(
      result.kind === 'unchanged'
        ? this.i18n.t('users.noChanges')
        : result.kind === 'passwordChanged'
          ? this.i18n.t('users.passwordChanged', { username })
          : this.i18n.t('users.saved', { username }),
    );
    if (result.kind !== 'passwordChanged') {
      this.editingUserId.set(null);
    }
  }

  /** Disables a user (ending their sessions) or enables them again. */
  protected async toggleDisabled(user: UserView): Promise<void> {
    this.actionError.set(null);
    const outcome = await this.store.update(user.id, { isDisabled: !user.isDisabled });
    if (outcome.kind === 'failed') {
      const { status, message } = outcome.failure;
      this.actionError.set(
        message ?? this.i18n.t(status === 0 ? 'error.network' : 'error.status', { status }),
      );
      return;
    }
    const username = outcome.user.username;
    this.notice.set(
      outcome.user.isDisabled
        ? this.i18n.t('users.disabledNotice', { username })
        : this.i18n.t('users.enabledNotice', { username }),
    );
  }
}

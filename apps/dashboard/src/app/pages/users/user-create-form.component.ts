import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ROLES } from '@tenor/contracts';
import type { Role, UserView } from '@tenor/contracts';
import { I18n, MIN_PASSWORD_LENGTH, UsersStore, createUserRequest } from '@tenor/dashboard/data-access';
import { SectionChipsInputComponent } from './section-chips-input.component';

/** The form that creates a user: username, display name, password, role and sections; shows the API's validation messages. */
@Component({
  selector: 'tenor-user-create-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, SectionChipsInputComponent],
  template: `
    <form class="user-create" data-testid="user-create-form" (submit)="create($event)" novalidate>
      <h2>{{ i18n.t('users.create') }}</h2>
      <div class="user-create__fields">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('users.username') }}</mat-label>
          <input
            matInput
            required
            autocomplete="off"
            data-testid="user-create-username"
            [value]="username()"
            (input)="username.set($any($event.target).value)"
          />
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('users.displayName') }}</mat-label>
          <input
            matInput
            autocomplete="off"
            data-testid="user-create-display-name"
            [value]="displayName()"
            (input)="displayName.set($any($event.target).value)"
          />
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('users.password') }}</mat-label>
          <input
            matInput
            type="password"
            required
            autocomplete="new-password"
            data-testid="user-create-password"
            [value]="password()"
            (input)="password.set($any($event.target).value)"
          />
          <mat-hint>{{ i18n.t('users.passwordHint', { min: minPasswordLength }) }}</mat-hint>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ i18n.t('users.role') }}</mat-label>
          <mat-select data-testid="user-create-role" [value]="role()" (valueChange)="role.set($event)">
            @for (option of roleOptions(); track option.value) {
              <mat-option [value]="option.value">{{ option.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <tenor-section-chips-input testId="user-create-sections" [(sections)]="sections" />
      @if (errorMessage(); as message) {
        <p class="user-create__error" role="alert" data-testid="user-form-error">{{ message }}</p>
      }
      <div class="user-create__actions">
        <button mat-flat-button type="submit" data-testid="user-create-submit" [disabled]="isSaving()">
          {{ i18n.t('users.create') }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .user-create h2 {
      margin: 0 0 12px;
      font-size: 1.125rem;
      font-weight: 500;
    }
    .user-create__fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 12px;
      margin-bottom: 16px;
    }
    .user-create__error {
      margin: 12px 0 0;
      padding: 8px 12px;
      border-radius: 4px;
      background: #fdecea;
      color: #8c1d18;
      border-left: 4px solid #b3261e;
      overflow-wrap: anywhere;
    }
    .user-create__actions {
      display: flex;
      justify-content: flex-end;
      margin-top: 16px;
    }
  `,
})
export class UserCreateFormComponent {
  protected readonly i18n = inject(I18n);
  private readonly store = inject(UsersStore);

  /** Emitted with the new user once saved. */
  readonly created = output<UserView>();

  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly username = signal('');
  protected readonly displayName = signal('');
  protected readonly password = signal('');
  protected readonly role = signal<Role>('moderator');
  protected readonly sections = signal<readonly string[]>([]);
  protected readonly errorMessage = signal<string | null>(null);
  protected readonly isSaving = computed(() => this.store.savingUserId() === -1);
  protected readonly roleOptions = computed(() =>
    ROLES.map((role) => ({ value: role, label: this.i18n.t(`role.${role}` as const) })),
  );

  /** Sends the form; the API validates (its messages are shown as they come). */
  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    this.errorMessage.set(null);
    const outcome = await this.store.create(
      createUserRequest(this.username(), this.displayName(), this.password(), this.role(), this.sections()),
    );
    if (outcome.kind === 'failed') {
      const { status, message } = outcome.failure;
      this.errorMessage.set(
        status === 409
          ? this.i18n.t('users.taken')
          : (message ?? this.i18n.t(status === 0 ? 'error.network' : 'error.status', { status })),
      );
      return;
    }
    this.username.set('');
    this.displayName.set('');
    this.password.set('');
    this.role.set('moderator');
    this.sections.set([]);
    this.created.emit(outcome.user);
  }
}

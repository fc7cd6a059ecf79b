import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ROLES } from '@tenor/contracts';
import type { Role, UserView } from '@tenor/contracts';
import { I18n, MIN_PASSWORD_LENGTH, UsersStore, userChanges } from '@tenor/dashboard/data-access';
import { SectionChipsInputComponent } from './section-chips-input.component';

/** What an edit came to, for the page's notice. */
export type UserEditResult = { kind: 'saved' | 'passwordChanged' | 'unchanged'; user: UserView };

/** Edits one user: display name, role and sections, and sets a new password; shows the API's validation messages. */
@Component({
  selector: 'tenor-user-edit-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, SectionChipsInputComponent],
  host: { 'data-testid': 'user-edit-panel', '[attr.data-user-id]': 'user().id' },
  template: `
    <h3>{{ i18n.t('users.editTitle', { username: user().username }) }}</h3>
    <form class="user-edit__fields" (submit)="save($event)" novalidate>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ i18n.t('users.displayName') }}</mat-label>
        <input
          matInput
          data-testid="user-edit-display-name"
          [value]="displayName()"
          (input)="displayName.set($any($event.target).value)"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ i18n.t('users.role') }}</mat-label>
        <mat-select data-testid="user-edit-role" [value]="role()" (valueChange)="role.set($event)">
          @for (option of roleOptions(); track option.value) {
            <mat-option [value]="option.value">{{ option.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <tenor-section-chips-input
        class="user-edit__sections"
        testId="user-edit-sections"
        [(sections)]="sections"
      />
      <div class="user-edit__actions">
        <button mat-button type="button" (click)="closed.emit()">{{ i18n.t('common.cancel') }}</button>
        <button mat-flat-button type="submit" data-testid="user-edit-save" [disabled]="isSaving()">
          {{ i18n.t('common.save') }}
        </button>
      </div>
    </form>
    <form class="user-edit__password" (submit)="resetPassword($event)" novalidate>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ i18n.t('users.newPassword', { username: user().username }) }}</mat-label>
        <input
          matInput
          type="password"
          autocomplete="new-password"
          data-testid="user-edit-password"
          [value]="password()"
          (input)="password.set($any($event.target).value)"
        />
        <mat-hint>{{ i18n.t('users.passwordHint', { min: minPasswordLength }) }}</mat-hint>
      </mat-form-field>
      <button
        mat-stroked-button
        type="submit"
        data-testid="user-reset-password"
        [disabled]="isSaving() || password() === ''"
      >
        {{ i18n.t('users.resetPassword') }}
      </button>
    </form>
    @if (errorMessage(); as message) {
      <p class="user-edit__error" role="alert" data-testid="user-form-error">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      border-radius: 8px;
      background: #f8f9fc;
      border: 1px solid #dfe3eb;
    }
    h3 {
      margin: 0 0 12px;
      font-size: 1rem;
      font-weight: 500;
    }
    .user-edit__fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 12px;
    }
    .user-edit__sections,
    .user-edit__actions {
      grid-column: 1 / -1;
    }
    .user-edit__actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
    .user-edit__password {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-top: 12px;
      padding-top: 12px;
      border-top: 1px solid #dfe3eb;
      mat-form-field {
        flex: 0 1 320px;
      }
    }
    .user-edit__error {
      margin: 12px 0 0;
      padding: 8px 12px;
      border-radius: 4px;
      background: #fdecea;
      color: #8c1d18;
      border-left: 4px solid #b3261e;
      overflow-wrap: anywhere;
    }
  `,
})
export class UserEditPanelComponent implements OnInit {
  protected readonly i18n = inject(I18n);
  private readonly store = inject(UsersStore);

  /** The user to edit. */
  readonly user = input.required<UserView>();

  /** Emitted after a save (or when nothing changed). */
  readonly saved = output<UserEditResult>();
  /** Emitted to close the panel without saving. */
  readonly closed = output<void>();

  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly displayName = signal('');
  protected readonly role = signal<Role>('moderator');
  protected readonly sections = signal<readonly string[]>([]);
  protected readonly password = signal('');
  protected readonly errorMessage = signal<string | null>(null);
  protected readonly isSaving = computed(() => this.store.savingUserId() === this.user().id);
  protected readonly roleOptions = computed(() =>
    ROLES.map((role) => ({ value: role, label: this.i18n.t(`role.${role}` as const) })),
  );

  ngOnInit(): void {
    this.displayName.set(this.user().displayName);
    this.role.set(this.user().role);
    this.sections.set(this.user().sections);
  }

  /** Saves display name, role and sections (only what changed). */
  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const changes = userChanges(this.user(), {
      displayName: this.displayName(),
      role: this.role(),
      sections: this.sections(),
    });
    if (Object.keys(changes).length === 0) {
      this.saved.emit({ kind: 'unchanged', user: this.user() });
      return;
    }
    await this.send(changes, 'saved');
  }

  /** Sets a new password, which ends the user's sessions. */
  protected async resetPassword(event: Event): Promise<void> {
    event.preventDefault();
    if (await this.send({ password: this.password() }, 'passwordChanged')) {
      this.password.set('');
    }
  }

  private async send(
    changes: Parameters<UsersStore['update']>[1],
    kind: UserEditResult['kind'],
  ): Promise<boolean> {
    this.errorMessage.set(null);
    const outcome = await this.store.update(this.user().id, changes);
    if (outcome.kind === 'failed') {
      const { status, message } = outcome.failure;
      this.errorMessage.set(
        message ?? this.i18n.t(status === 0 ? 'error.network' : 'error.status', { status }),
      );
      return false;
    }
    this.saved.emit({ kind, user: outcome.user });
    return true;
  }
}

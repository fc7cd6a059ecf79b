import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { ApiFailure, I18n, SessionStore, loginFailureKey, safeReturnUrl } from '@tenor/dashboard/data-access';

/** The login form: username and password; on success back to the page that was asked for. */
@Component({
  selector: 'tenor-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule],
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
})
export class LoginPageComponent {
  protected readonly i18n = inject(I18n);
  private readonly sessions = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly parameters = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });

  protected readonly username = signal('');
  protected readonly password = signal('');
  protected readonly isSubmitting = signal(false);
  /** Why the last attempt failed; null before one. */
  protected readonly failure = signal<ApiFailure | 'incomplete' | null>(null);
  /** Whether the user was sent here because the session ended. */
  protected readonly isExpired = computed(() => this.parameters().get('reason') === 'expired');
  protected readonly errorMessage = computed(() => {
    const failure = this.failure();
    if (failure === null) return null;
    if (failure === 'incomplete') return this.i18n.t('login.required');
    return this.i18n.t(loginFailureKey(failure.status), { status: failure.status });
  });
  private readonly returnUrl = computed(() => safeReturnUrl(this.parameters().get('returnUrl')));

  /** Signs in and goes back to the wanted page. */
  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const username = this.username().trim();
    if (username === '' || this.password() === '') {
      this.failure.set('incomplete');
      return;
    }
    this.isSubmitting.set(true);
    this.failure.set(null);
    try {
      await this.sessions.login({ username, password: this.password() });
      await this.router.navigateByUrl(this.returnUrl());
    } catch (failure) {
      this.failure.set(failure as ApiFailure);
      this.password.set('');
    } finally {
      this.isSubmitting.set(false);
    }
  }
}

import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, SessionView } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../api/api-failure';
import { TenorApi } from '../api/tenor-api';
import { DashboardArea, canAccessArea } from './access';

/** The signed-in user for the whole dashboard: loaded once from /api/auth/me, set by login, cleared by logout or a 401. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(TenorApi);
  private pendingLoad: Promise<SessionView | null> | null = null;

  /** The session; null when signed out or not loaded yet. */
  readonly session = signal<SessionView | null>(null);
  /** Whether /api/auth/me has answered (or a login happened). */
  readonly isLoaded = signal(false);
  /** The signed-in user, or null. */
  readonly user = computed(() => this.session()?.user ?? null);
  /** The signed-in user's role, or null. */
  readonly role = computed(() => this.user()?.role ?? null);

  /** Loads the session once (later calls reuse the answer); null when signed out. A failure other than 401 counts as signed out too. */
  ensureLoaded(): Promise<SessionView | null> {
    if (this.isLoaded()) {
      return Promise.resolve(this.session());
    }
    this.pendingLoad ??= firstValueFrom(this.api.getSession()).then(
      (session) => this.settle(session),
      () => this.settle(null),
    );
    return this.pendingLoad;
  }

  /** Signs in; rejects with the ApiFailure (401 wrong credentials, 429 throttled, 0 unreachable). */
  async login(credentials: LoginRequest): Promise<SessionView> {
    try {
      const session = await firstValueFrom(this.api.login(credentials));
      this.settle(session);
      return session;
    } catch (error) {
      throw toApiFailure(error);
    }
  }

  /** Ends the session on the server (ignoring a failure: the cookie may already be gone) and forgets it here. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // Signed out either way: an expired session answers 401 here.
    }
    this.forget();
  }

  /** Forgets the session after the API answered 401; the next guard check asks /api/auth/me again. */
  forget(): void {
    this.session.set(null);
    this.isLoaded.set(false);
    this.pendingLoad = null;
  }

  /** Whether the signed-in user may open a page. */
  canAccess(area: DashboardArea): boolean {
    return canAccessArea(this.role(), area);
  }

  private settle(session: SessionView | null): SessionView | null {
    this.session.set(session);
    this.isLoaded.set(true);
    this.pendingLoad = null;
    return session;
  }
}

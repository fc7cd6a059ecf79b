import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import {
  DashboardArea,
  HOME_URL,
  LOGIN_PATH,
  SessionStore,
  safeReturnUrl,
} from '@tenor/dashboard/data-access';

/** Lets signed-in users through; anyone else goes to the login page, which returns to the wanted URL afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  return session !== null
    ? true
    : router.createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: state.url } });
};

/** Lets only roles allowed into a page through (the API would answer 403); others land on the queue. */
export function areaGuard(area: DashboardArea): CanActivateFn {
  return async () => {
    // inject() only works before the first await.
    const sessions = inject(SessionStore);
    const router = inject(Router);
    await sessions.ensureLoaded();
    return sessions.canAccess(area) ? true : router.parseUrl(HOME_URL);
  };
}

/** Sends a signed-in user away from the login page, to where they were going. */
export const signedOutGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  return session === null ? true : router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')));
};

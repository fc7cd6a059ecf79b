import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { API_PREFIX, LOGIN_PATH, SessionStore, safeReturnUrl } from '@tenor/dashboard/data-access';
import { catchError, throwError } from 'rxjs';

/** Login, logout and "who am I" answer 401 as part of their job; the login page and the guards handle those. */
const AUTH_PATH = `${API_PREFIX}/auth/`;

/** Any 401 from the API means the session is gone: forget it and go to the login page, keeping the current URL to return to. */
export const unauthorizedInterceptor: HttpInterceptorFn = (request, next) => {
  const sessions = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !request.url.startsWith(AUTH_PATH)) {
        sessions.forget();
        const currentUrl = router.url;
        if (!currentUrl.startsWith(LOGIN_PATH)) {
          void router.navigate([LOGIN_PATH], {
            queryParams: { returnUrl: safeReturnUrl(currentUrl), reason: 'expired' },
          });
        }
      }
      return throwError(() => error);
    }),
  );
};

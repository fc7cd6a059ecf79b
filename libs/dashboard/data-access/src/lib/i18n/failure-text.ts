import type { ApiFailure } from '../api/api-failure';
import type { I18n } from './i18n';

/** What a page shows for a failed request: the API's message, else "server unreachable" or the HTTP status; null without failure. */
export function failureText(i18n: I18n, failure: ApiFailure | null): string | null {
  if (failure === null) {
    return null;
  }
  return (
    failure.message ??
    (failure.status === 0 ? i18n.t('error.network') : i18n.t('error.status', { status: failure.status }))
  );
}

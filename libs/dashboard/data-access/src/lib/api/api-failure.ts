/** Longest plain-text error body shown as is; longer ones are pages, not messages. */
const MAX_PLAIN_TEXT_MESSAGE_LENGTH = 300;

/** What went wrong with an API call, reduced to what a page shows. */
export interface ApiFailure {
  /** HTTP status; 0 when the server was not reached. */
  status: number;
  /** The API's own message (ApiErrorBody.message), or null when it gave none. */
  message: string | null;
}

/** Reads an HttpErrorResponse-shaped error (status plus parsed body) into an ApiFailure; anything else counts as unreachable. */
export function toApiFailure(error: unknown): ApiFailure {
  if (typeof error !== 'object' || error === null || !('status' in error)) {
    return { status: 0, message: error instanceof Error ? error.message : null };
  }
  const status = typeof error.status === 'number' ? error.status : 0;
  if (status === 0) {
    // Without a response the body is the browser's own error ("Failed to fetch"), not a message for moderators.
    return { status, message: null };
  }
  const body = 'error' in error ? error.error : undefined;
  return { status, message: messageOfErrorBody(body) };
}

/** The message of an ApiErrorBody (several validation messages joined), or null when the body carries none. */
export function messageOfErrorBody(body: unknown): string | null {
  if (typeof body === 'string') {
    const text = body.trim();
    // Proxies answer with whole HTML pages; those are no message for a banner.
    return text === '' || text.startsWith('<') || text.length > MAX_PLAIN_TEXT_MESSAGE_LENGTH ? null : text;
  }
  if (typeof body !== 'object' || body === null || !('message' in body)) {
    return null;
  }
  const { message } = body;
  if (typeof message === 'string') {
    return message;
  }
  if (Array.isArray(message)) {
    const parts = message.filter((part): part is string => typeof part === 'string');
    return parts.length > 0 ? parts.join('; ') : null;
  }
  return null;
}

/** The parsed response body of an HttpErrorResponse-shaped error (a 409 carries the newer state there), or null. */
export function errorBodyOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'error' in error ? error.error : null;
}

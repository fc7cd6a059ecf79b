import { errorBodyOf, messageOfErrorBody, toApiFailure } from './api-failure';

describe('toApiFailure', () => {
  it('takes status and message from an HttpErrorResponse-shaped error with an ApiErrorBody', () => {
    const error = {
      status: 400,
      error: { statusCode: 400, error: 'Bad Request', message: 'reason is required for reject' },
    };
    expect(toApiFailure(error)).toEqual({ status: 400, message: 'reason is required for reject' });
  });

  it('joins several validation messages', () => {
    const error = {
      status: 400,
      error: { statusCode: 400, error: 'Bad Request', message: ['a must be set', 'b is too long'] },
    };
    expect(toApiFailure(error).message).toBe('a must be set; b is too long');
  });

  it('reports an unreachable server as status 0 without a message, ignoring the browser error text', () => {
    expect(toApiFailure({ status: 0, error: { type: 'error' } })).toEqual({ status: 0, message: null });
    expect(toApiFailure({ status: 0, error: new TypeError('Failed to fetch') })).toEqual({
      status: 0,
      message: null,
    });
  });

  it('keeps the message of a thrown Error', () => {
    expect(toApiFailure(new Error('boom'))).toEqual({ status: 0, message: 'boom' });
  });
});

describe('messageOfErrorBody', () => {
  it('accepts short plain text', () => {
    expect(messageOfErrorBody('Service Unavailable')).toBe('Service Unavailable');
  });

  it('ignores HTML pages and empty bodies', () => {
    expect(messageOfErrorBody('<html><body>502 Bad Gateway</body></html>')).toBeNull();
    expect(messageOfErrorBody('  ')).toBeNull();
    expect(messageOfErrorBody(null)).toBeNull();
    expect(messageOfErrorBody({ message: 42 })).toBeNull();
  });
});

describe('errorBodyOf', () => {
  it('returns the body of an HttpErrorResponse-shaped error', () => {
    expect(errorBodyOf({ status: 409, error: { message: 'stale', count: 2 } })).toEqual({
      message: 'stale',
      count: 2,
    });
  });

  it('returns null for anything else', () => {
    expect(errorBodyOf(new Error('boom'))).toBeNull();
    expect(errorBodyOf(undefined)).toBeNull();
  });
});

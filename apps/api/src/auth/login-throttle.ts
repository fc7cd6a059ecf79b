/** How many failed logins one username may have from one address in the window before it must wait. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** How many failed logins one address may have in the window, whatever the usernames (stops spraying). */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** The sliding window, 15 minutes, as in OWASP's authentication cheat sheet examples. */
export const FAILURE_WINDOW_MS = 15 * 60_000;

/** Counts failed logins in memory, per account+address and per address, over a sliding window. */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until this address may try this username again; 0 when it may now. */
  retryAfterMs(username: string, address: string): number {
    return Math.max(
      this.waitFor(`account:${username.toLowerCase()}@${address}`, MAX_FAILURES_PER_ACCOUNT),
      this.waitFor(`address:${address}`, MAX_FAILURES_PER_ADDRESS),
    );
  }

  /** Records a failed attempt. */
  recordFailure(username: string, address: string): void {
    for (const key of [`account:${username.toLowerCase()}@${address}`, `address:${address}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }

  /** Forgets the account's failures after a successful login. */
  recordSuccess(username: string, address: string): void {
    this.failures.delete(`account:${username.toLowerCase()}@${address}`);
  }

  private waitFor(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit] + FAILURE_WINDOW_MS - this.now();
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - FAILURE_WINDOW_MS;
    const recent = (this.failures.get(key) ?? []).filter((at) => at > cutoff);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}

/** How an answer counts: done, an expected refusal (409 on a contested decision), or an error. */
export type Outcome = 'ok' | 'conflict' | 'error';

/** Latencies and outcomes of one kind of request. */
interface KindStats {
  latencies: number[];
  conflicts: number;
  errors: number;
  statuses: Map<string, number>;
}

/** One line of the summary. */
export interface KindSummary {
  kind: string;
  count: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  conflicts: number;
  errors: number;
  statuses: string;
}

// Error messages kept for the report, per kind; the counts are complete.
const SAMPLE_ERRORS_PER_KIND = 3;

/** The nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

/** Every timed request by kind, with its outcome. */
export class RequestStats {
  private readonly kinds = new Map<string, KindStats>();
  private readonly errorSamples = new Map<string, string[]>();

  /** Records one request: its latency, its HTTP status or failure, and how it counts. */
  record(
    kind: string,
    milliseconds: number,
    status: number | 'timeout' | 'connection',
    outcome: Outcome,
    detail?: string,
  ): void {
    const stats = this.statsOf(kind);
    stats.latencies.push(milliseconds);
    stats.statuses.set(String(status), (stats.statuses.get(String(status)) ?? 0) + 1);
    if (outcome === 'conflict') stats.conflicts++;
    if (outcome === 'error') this.countError(kind, `${status}: ${detail ?? ''}`);
  }

  /** Counts an error found outside a request's status (a wrong answer body, the server not stopping). */
  recordError(kind: string, detail: string): void {
    this.countError(kind, detail);
  }

  private countError(kind: string, detail: string): void {
    this.statsOf(kind).errors++;
    const samples = this.errorSamples.get(kind) ?? [];
    if (samples.length < SAMPLE_ERRORS_PER_KIND) samples.push(detail.slice(0, 300));
    this.errorSamples.set(kind, samples);
  }

  private statsOf(kind: string): KindStats {
    let stats = this.kinds.get(kind);
    if (!stats)
      this.kinds.set(kind, (stats = { latencies: [], conflicts: 0, errors: 0, statuses: new Map() }));
    return stats;
  }

  /** Per kind, sorted by name, over `seconds` of load. */
  summarize(seconds: number): KindSummary[] {
    return [...this.kinds]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, stats]) => {
        const sorted = [...stats.latencies].sort((a, b) => a - b);
        return {
          kind,
          count: sorted.length,
          rps: sorted.length / seconds,
          p50Ms: percentile(sorted, 0.5),
          p95Ms: percentile(sorted, 0.95),
          p99Ms: percentile(sorted, 0.99),
          conflicts: stats.conflicts,
          errors: stats.errors,
          statuses: [...stats.statuses]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([status, count]) => `${status}×${count}`)
            .join(' '),
        };
      });
  }

  /** Every request together. */
  total(seconds: number): {
    count: number;
    rps: number;
    p50Ms: number;
    p95Ms: number;
    p99Ms: number;
    conflicts: number;
    errors: number;
  } {
    const all = [...this.kinds.values()];
    const sorted = all.flatMap((stats) => stats.latencies).sort((a, b) => a - b);
    return {
      count: sorted.length,
      rps: sorted.length / seconds,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      p99Ms: percentile(sorted, 0.99),
      conflicts: all.reduce((sum, stats) => sum + stats.conflicts, 0),
      errors: all.reduce((sum, stats) => sum + stats.errors, 0),
    };
  }

  /** The first few error messages of each kind. */
  samples(): [string, string[]][] {
    return [...this.errorSamples];
  }
}

import type { LoadContext } from './load-context';
import type { TimedCaller } from './timed-caller';

/** `YYYY-MM-DD` of a day `offset` days after `day`. */
function dayAfter(day: string, offset: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** One virtual editor: reads the trend charts, the article ranking, alerts and the audit log. */
export class EditorUser {
  constructor(
    private readonly caller: TimedCaller,
    private readonly context: LoadContext,
  ) {}

  /** Reads until the load's deadline. */
  async run(): Promise<void> {
    const { firstDay, lastDay } = this.context.world.extent;
    // Comments ingested during the load are posted now or inside the corpus range; "today" covers the first.
    const today = new Date().toISOString().slice(0, 10);
    const whole = `from=${firstDay}&to=${dayAfter(today, 1)}`;
    const month = `from=${dayAfter(lastDay, -29)}&to=${dayAfter(lastDay, 1)}`;
    const week = `from=${dayAfter(lastDay, -6)}&to=${dayAfter(lastDay, 1)}`;
    const recent = `from=${dayAfter(today, -1)}&to=${dayAfter(today, 1)}`;
    const reads: [weight: number, kind: string, path: () => string][] = [
      [
        14,
        'trends: comment series',
        () =>
          this.context.pick([
            `/api/trends/comments?${whole}&bucket=week&compare=true`,
            `/api/trends/comments?${month}&bucket=day`,
            `/api/trends/comments?${week}&bucket=hour&section=Politik&language=de`,
            `/api/trends/comments?${recent}&bucket=hour`,
          ]),
      ],
      [
        8,
        'trends: decision series',
        () =>
          this.context.pick([
            `/api/trends/decisions?${whole}&bucket=day`,
            `/api/trends/decisions?${recent}&bucket=hour&section=Sport`,
          ]),
      ],
      [
        12,
        'trends: article ranking',
        () =>
          `/api/trends/articles?${this.context.pick([month, whole, recent])}&sort=${this.context.pick(['negativeShare', 'flaggedShare', 'volume', 'acceleration'])}`,
      ],
      [
        8,
        'trends: article detail',
        () => `/api/trends/articles/${this.context.pick(this.context.knownArticles()).id}`,
      ],
      [4, 'trends: series CSV', () => `/api/trends/comments?${month}&bucket=day&format=csv`],
      [4, 'trends: extent', () => '/api/trends/extent'],
      [5, 'alerts: list', () => '/api/alerts'],
      [4, 'audit: list', () => `/api/audit?limit=100${this.context.random() < 0.5 ? '&action=reject' : ''}`],
    ];
    const weights = Object.fromEntries(reads.map(([weight, kind]) => [kind, weight]));
    const paths = new Map(reads.map(([, kind, path]) => [kind, path]));
    while (!this.context.isOver()) {
      const kind = this.context.pickWeighted(weights);
      await this.caller.call({ kind, method: 'GET', path: (paths.get(kind) as () => string)() });
    }
  }
}

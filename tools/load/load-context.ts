import type { KnownArticle, LoadWorld } from './load-setup';
import type { RequestStats } from './request-stats';
import { type DecisionPool, decisionPoolOf, type WriteLedger } from './write-ledger';

/** What every virtual user shares: the world set up before, the ledger of writes, the stats and the deadline. */
export class SharedLoad {
  /** External ids of the articles comments may be sent to: those of the setup and those an acknowledged ingest created. */
  readonly articleExternalIds: string[];
  private deadline = Number.POSITIVE_INFINITY;

  constructor(
    readonly world: LoadWorld,
    readonly ledger: WriteLedger,
    readonly stats: RequestStats,
  ) {
    this.articleExternalIds = world.articles.map((article) => article.externalId);
  }

  /** Starts the clock: no action starts after `seconds` from now. */
  startClock(seconds: number): void {
    this.deadline = Date.now() + seconds * 1000;
  }

  /** Whether the timed phase is over. */
  isOver(): boolean {
    return Date.now() >= this.deadline;
  }
}

/** One virtual user's view of the shared load, with its own seeded random numbers. */
export class LoadContext {
  constructor(
    private readonly shared: SharedLoad,
    readonly random: () => number,
  ) {}

  get ledger(): WriteLedger {
    return this.shared.ledger;
  }

  get world(): LoadWorld {
    return this.shared.world;
  }

  isOver(): boolean {
    return this.shared.isOver();
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** One of the keys, with probability proportional to its weight. */
  pickWeighted<Key extends string>(weights: Readonly<Record<Key, number>>): Key {
    const entries = Object.entries(weights) as [Key, number][];
    let roll = this.random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** Known articles of a decisions pool, within these sections when any are given. */
  articlesOfPool(pool: DecisionPool, sections: readonly string[]): KnownArticle[] {
    return this.shared.world.articles.filter(
      (article) =>
        decisionPoolOf(article.id) === pool &&
        (sections.length === 0 || (article.section !== null && sections.includes(article.section))),
    );
  }

  /** The articles of the setup. */
  knownArticles(): readonly KnownArticle[] {
    return this.shared.world.articles;
  }

  /** External ids of every article comments may be sent to. */
  ingestArticles(): readonly string[] {
    return this.shared.articleExternalIds;
  }

  /** Remembers an article an acknowledged ingest created, so later requests may add comments to it. */
  addIngestArticle(externalId: string): void {
    if (!this.shared.articleExternalIds.includes(externalId)) this.shared.articleExternalIds.push(externalId);
  }

  /** Counts a 2xx answer whose content is wrong (it contradicts the request or itself) as an error. */
  reportWrongAnswer(kind: string, detail: string): void {
    this.shared.stats.recordError(`${kind} (wrong answer)`, detail);
  }
}

/**
 * Deterministic generator of realistic German news comments for benchmarks, demos and screenshots: many articles
 * over months, comment volume decaying after publication, a slow drift in tone, and a few hostile spikes.
 */

/** A seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTIONS = ['Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Lokales', 'Wissen'] as const;
const TOPICS: Record<(typeof SECTIONS)[number], string[]> = {
  Politik: ['die Regierung', 'der Kanzler', 'die Opposition', 'das Parlament', 'die Ukraine-Hilfe', 'die Migrationspolitik', 'die NATO'],
  Wirtschaft: ['die Energiepreise', 'die Inflation', 'der Mindestlohn', 'die Rente', 'die Bahn', 'der Wohnungsmarkt'],
  Sport: ['der Trainer', 'die Mannschaft', 'das Derby', 'der Schiedsrichter', 'die Bundesliga'],
  Kultur: ['das Theater', 'die Ausstellung', 'der neue Film', 'das Festival'],
  Lokales: ['der Stadtrat', 'die neue Umgehungsstraße', 'das Freibad', 'der Bürgermeister', 'die Baustelle am Markt'],
  Wissen: ['die Studie', 'das Klima', 'die Forschung', 'die Impfung'],
};
const POSITIVE = [
  'Endlich mal ein vernünftiger Vorschlag.',
  'Sehr guter Artikel, danke für die Recherche!',
  'Das finde ich richtig gut gelöst.',
  'Kluger Kommentar, dem stimme ich zu.',
  'Großartig, weiter so! 👍',
  'Ich bin positiv überrascht, das hätte ich nicht gedacht.',
];
const NEUTRAL = [
  'Weiß jemand, wann das beschlossen wurde?',
  'Die Zahlen stehen im zweiten Absatz.',
  'Man wird sehen, wie sich das entwickelt.',
  'Interessant wäre noch der Vergleich mit dem Vorjahr.',
  'Bei uns im Ort wird das ähnlich gehandhabt.',
  'Die Sitzung ist am Donnerstag um 18 Uhr.',
];
const NEGATIVE = [
  'Das ist doch völliger Unsinn.',
  'Schon wieder so eine schlechte Entscheidung.',
  'Ich bin maßlos enttäuscht, das ist peinlich.',
  'Was für ein Chaos, das kann man nicht ernst nehmen.',
  'Die Preise sind eine Frechheit, die Leute können nicht mehr.',
  'Das wird nicht funktionieren, das weiß doch jeder.',
];
const HOSTILE = [
  'Was für ein Vollidiot, der gehört sofort abgesetzt!',
  'Diese Drecksregierung lügt doch nur noch.',
  'Ihr seid alle Versager und Heuchler.',
  'Halt die Klappe, du Idiot.',
  'Die gehören alle an die Wand gestellt.',
  'So ein A****loch, unfassbar.',
];
const SPAM = ['Jetzt reich werden: www.schnell-reich.example 💰💰💰', 'Gratis Gutschein unter http://bit.example/gratis !!!'];
const FIRST_NAMES = ['Anna', 'Bernd', 'Claudia', 'Deniz', 'Elke', 'Frank', 'Gül', 'Hans', 'Ines', 'Jörg', 'Katrin', 'Lukas', 'Mia', 'Nils', 'Olga', 'Peter'];
const LAST_NAMES = ['Müller', 'Schmidt', 'Yılmaz', 'Weber', 'Becker', 'Wagner', 'Hoffmann', 'Koch', 'Nowak', 'Richter'];

/** One generated record, in the NDJSON shape `/api/ingest` and `npm run ingest` take. */
export type GeneratedRecord =
  | { kind: 'article'; externalId: string; title: string; section: string; publishedAt: string }
  | { kind: 'comment'; externalId: string; articleExternalId: string; author: string; postedAt: string; title?: string; body: string };

/** What to generate. */
export interface CorpusOptions {
  comments: number;
  seed?: number;
  /** First day of the corpus; it spans `days` days. */
  start?: Date;
  days?: number;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Writes ae/oe/ue for umlauts now and then, as readers on foreign keyboards do. */
function maybeFoldUmlauts(random: () => number, text: string): string {
  return random() < 0.08 ? text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss') : text;
}

/** Yields the articles and comments of a corpus, articles before their comments, comments in time order per article. */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedRecord> {
  const random = createRandom(options.seed ?? 20221);
  const start = (options.start ?? new Date(Date.UTC(2024, 0, 1))).getTime();
  const days = options.days ?? 180;
  const perArticle = 500;
  const articleCount = Math.max(1, Math.ceil(options.comments / perArticle));
  // A few articles draw a hostile pile-on a few hours after publication.
  const spikes = new Set(Array.from({ length: Math.max(1, Math.round(articleCount / 50)) }, () => Math.floor(random() * articleCount)));
  let emitted = 0;
  for (let articleIndex = 0; articleIndex < articleCount && emitted < options.comments; articleIndex++) {
    const section = pick(random, SECTIONS);
    const topic = pick(random, TOPICS[section]);
    const publishedAt = start + Math.floor(random() * days * 86_400_000);
    const articleId = `demo-a${articleIndex}`;
    yield { kind: 'article', externalId: articleId, title: `${topic[0].toUpperCase()}${topic.slice(1)}: ${pick(random, ['was jetzt ansteht', 'die Hintergründe', 'ein Überblick', 'Streit eskaliert', 'neue Zahlen'])}`, section, publishedAt: new Date(publishedAt).toISOString() };
    const count = Math.min(perArticle, options.comments - emitted);
    // Tone drifts slowly negative over the months; spike articles turn hostile after a few hours.
    const drift = (publishedAt - start) / (days * 86_400_000);
    const isSpike = spikes.has(articleIndex);
    let postedAt = publishedAt;
    for (let commentIndex = 0; commentIndex < count; commentIndex++) {
      postedAt += Math.floor(-Math.log(1 - random()) * 90_000 * (1 + commentIndex / 60));
      const hours = (postedAt - publishedAt) / 3_600_000;
      const hostileShare = isSpike && hours > 2 && hours < 8 ? 0.55 : 0.04;
      const roll = random();
      const body =
        roll < hostileShare
          ? pick(random, HOSTILE)
          : roll < hostileShare + 0.01
            ? pick(random, SPAM)
            : roll < 0.3 + drift * 0.15
              ? `${pick(random, NEGATIVE)} ${topic[0].toUpperCase()}${topic.slice(1)} enttäuscht mich.`
              : roll < 0.62
                ? `${pick(random, NEUTRAL)} Es geht um ${topic}.`
                : `${pick(random, POSITIVE)} ${topic[0].toUpperCase()}${topic.slice(1)} macht das ordentlich.`;
      yield {
        kind: 'comment',
        externalId: `demo-c${emitted}`,
        articleExternalId: articleId,
        author: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}${random() < 0.3 ? Math.floor(random() * 99) : ''}`,
        postedAt: new Date(postedAt).toISOString(),
        ...(random() < 0.15 ? { title: pick(random, ['Na ja', 'Endlich', 'Wirklich?', 'Kommentar', 'Zustimmung']) } : {}),
        body: maybeFoldUmlauts(random, body),
      };
      emitted++;
    }
  }
}

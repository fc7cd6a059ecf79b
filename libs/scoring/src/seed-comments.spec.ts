import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoreResult } from '@tenor/contracts';
import { createScorer } from './scorer';

/** The four reader comments shipped with the product, after the "Pflichtfelder" line of the seed article. */
const SEED_PATH = join(__dirname, '../../../data/seeds/002_04e33e5c51f282ea.txt');
/** A comment header: author, then date and time (DD.MM.YY HH:MM). */
const HEADER = /^(.+) (\d\d\.\d\d\.\d\d \d\d:\d\d)$/;

interface SeedComment {
  readonly author: string;
  readonly title?: string;
  readonly body: string;
}

/** Parses the comments: header line, then an optional title line (when there are several lines), then the body. */
function readSeedComments(): SeedComment[] {
  const text = readFileSync(SEED_PATH, 'utf8');
  const afterMarker = text.slice(text.indexOf('Pflichtfelder') + 'Pflichtfelder'.length);
  const comments: { author: string; lines: string[] }[] = [];
  for (const line of afterMarker.split('\n')) {
    const header = HEADER.exec(line.trim());
    if (header) comments.push({ author: header[1], lines: [] });
    else if (comments.length > 0) comments[comments.length - 1].lines.push(line);
  }
  return comments.map(({ author, lines }) => {
    const content = lines.join('\n').trim().split('\n');
    return content.length > 1
      ? { author, title: content[0], body: content.slice(1).join('\n').trim() }
      : { author, body: content[0] };
  });
}

const comments = readSeedComments();
const scorer = createScorer();
const variants: [string, (comment: SeedComment) => string][] = [
  ['title + body', (comment) => (comment.title ? `${comment.title}\n${comment.body}` : comment.body)],
  ['body only', (comment) => comment.body],
];

function commentBy(author: string): SeedComment {
  const comment = comments.find((candidate) => candidate.author === author);
  if (!comment) throw new Error(`no seed comment by ${author}`);
  return comment;
}

describe('seed comments', () => {
  it('parses the four comments of the seed article', () => {
    expect(comments.map((comment) => comment.author)).toEqual([
      'David Ender',
      'Ole Bayern',
      'aurel aurelis',
      'Ingo Kerp',
    ]);
    expect(commentBy('Ingo Kerp').title).toBeUndefined();
    expect(commentBy('David Ender').title).toBe('Das "maechtige" Russland ...');
    expect(commentBy('Ingo Kerp').body).toContain('von der Weltkarte verschwunden');
  });

  describe.each(variants)('scored as %s', (_variant, textOf) => {
    const results = new Map<string, ScoreResult>(
      comments.map((comment) => [comment.author, scorer.score(textOf(comment))]),
    );
    const result = (author: string): ScoreResult => results.get(author) as ScoreResult;

    it('reads all four as German', () => {
      for (const author of results.keys()) expect(result(author).language).toBe('de');
    });

    it('flags Ingo Kerp\'s annihilation fantasy as a threat, with "Weltkarte verschwunden" in the evidence', () => {
      const threat = result('Ingo Kerp').risk.categories.threat;
      expect(threat.flagged).toBe(true);
      expect(threat.evidence.some((span) => span.text.includes('Weltkarte verschwunden'))).toBe(true);
      const text = textOf(commentBy('Ingo Kerp'));
      for (const span of threat.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
    });

    it("gives Ingo Kerp's comment the highest overall risk of the four", () => {
      const ingo = result('Ingo Kerp').risk.score;
      for (const author of ['David Ender', 'Ole Bayern', 'aurel aurelis'])
        expect(result(author).risk.score).toBeLessThan(ingo);
    });

    it("labels David Ender's comment negative", () => {
      expect(result('David Ender').sentiment.label).toBe('negative');
    });

    it("does not flag Ole Bayern's worry or aurel aurelis's proposal for threat or insult", () => {
      for (const author of ['Ole Bayern', 'aurel aurelis']) {
        expect(result(author).risk.categories.threat.flagged).toBe(false);
        expect(result(author).risk.categories.insult.flagged).toBe(false);
      }
    });
  });
});

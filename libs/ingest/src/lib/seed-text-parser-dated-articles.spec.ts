import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedText } from './seed-text-parser';

// libs/ingest/src/lib → /work/main → /work, where the shared seeds live beside the checkout.
const SEEDS_DIR = join(__dirname, '../../../../data/seeds');
const readSeed = (fileName: string) => readFileSync(join(SEEDS_DIR, fileName), 'utf8');

const DATED_SEEDS = [
  {
    fileName: '000_4a3d075f46cdf68a.txt',
    publishedAt: '2021-12-31T23:00:00.000Z',
    title: 'In der Ukraine-Krise geht das Tauziehen der Mächte in eine neue Runde',
    firstWords: 'In der Ukraine-Krise geht',
    lastWords: 'sie seien weiter zum Dialog bereit.',
    subHeadings: [
      'Stoltenberg: Unterstützung, aber kein Nato-Kampfeinsatz',
      'Russland verlangt Garantien',
      'Russland versus Ukraine: Kriegsvorbereitung oder Machtdemonstration?',
    ],
    paragraphCount: 9,
  },
  {
    fileName: '001_2db11f41be257a68.txt',
    publishedAt: '2021-03-31T22:00:00.000Z',
    title:
      'Nach dem russischen Truppenaufmarsch an der Grenze zur Ukraine sichern die Nato und die USA dem osteuropäischen Land…',
    firstWords: 'Nach dem russischen Truppenaufmarsch',
    lastWords: 'mit ihren mehr als zwei Millionen Einwohnern einverleibt.',
    subHeadings: [
      '"Größte Mobilisierung russischer Truppen" seit Krim-Annexion',
      'Nato-Beitritt der Ukraine weiter ungeklärt',
    ],
    paragraphCount: 13,
  },
  {
    fileName: '003_c71038fed64feec9.txt',
    publishedAt: '2022-01-31T23:00:00.000Z',
    title: 'Die Fronten im Ukraine-Konflikt scheinen sich weiter zu verhärten',
    firstWords: 'Die Fronten im Ukraine-Konflikt',
    lastWords: 'in den nächsten Tagen zu einer Deeskalation kommen wird."',
    subHeadings: ['Außenminister sehen weiteren "Gesprächsbedarf"'],
    paragraphCount: 9,
  },
  {
    fileName: '004_7576bd814954bde3.txt',
    publishedAt: '2021-11-30T23:00:00.000Z',
    title:
      'Russlands Präsident Wladimir Putin und US-Präsident Joe Biden wollen an diesem Dienstag bei einem Videogipfel unter…',
    firstWords: 'Russlands Präsident Wladimir Putin',
    lastWords: 'in der Nähe der russischen Grenze.',
    subHeadings: [],
    paragraphCount: 10,
  },
];

describe.each(DATED_SEEDS)('parseSeedText on the dated seed $fileName', (seed) => {
  const text = readSeed(seed.fileName);
  const { article, comments } = parseSeedText(text, seed.fileName);
  const body = article.body ?? '';

  it('takes the month from the date line as the first Berlin instant of that month', () => {
    expect(article.publishedAt).toBe(seed.publishedAt);
    expect(article.publishedAtPrecision).toBe('month');
    expect(article.isPublishedAtInferred).toBe(false);
  });

  it('derives the title from the first sentence, at most 120 characters', () => {
    expect(article.title).toBe(seed.title);
    expect(article.title.length).toBeLessThanOrEqual(120);
  });

  it('names the article after the file', () => {
    expect(article.externalId).toBe(seed.fileName.replace(/\.txt$/, ''));
    expect(article.sourceFile).toBe(seed.fileName);
  });

  it('starts the body with the text after the date and keeps it to the end', () => {
    expect(body.startsWith(seed.firstWords)).toBe(true);
    expect(body).not.toContain('date 20');
    expect(body.endsWith(seed.lastWords)).toBe(true);
  });

  it('keeps every paragraph, separated by one blank line', () => {
    const nonEmptyLines = text.split('\n').filter((line) => line.trim() !== '').length;
    expect(seed.paragraphCount).toBe(nonEmptyLines);
    expect(body.split('\n\n')).toHaveLength(seed.paragraphCount);
    expect(body).not.toMatch(/\n{3}/);
  });

  it('keeps the sub-headings as their own paragraphs', () => {
    const paragraphs = body.split('\n\n');
    for (const subHeading of seed.subHeadings) expect(paragraphs).toContain(subHeading);
  });

  it('has no comments and no page furniture', () => {
    expect(comments).toEqual([]);
    expect(body).not.toMatch(/Foto:|Online-Abo|Pflichtfelder/);
  });
});

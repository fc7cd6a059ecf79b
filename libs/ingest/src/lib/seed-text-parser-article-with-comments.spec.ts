import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedText } from './seed-text-parser';

// libs/ingest/src/lib → /work/main → /work, where the shared seeds live beside the checkout.
const SEEDS_DIR = join(__dirname, '../../../../data/seeds');
const FILE_NAME = '002_04e33e5c51f282ea.txt';
const text = readFileSync(join(SEEDS_DIR, FILE_NAME), 'utf8');

describe('parseSeedText on 002, the seed with a title line and comments', () => {
  const { article, comments } = parseSeedText(text, FILE_NAME);
  const body = article.body ?? '';

  it('takes the title line as the title and keeps it out of the body', () => {
    expect(article.title).toBe('Keine Zusage an Moskau für Ende der Nato-Ausweitung');
    expect(body).not.toContain('Keine Zusage an Moskau');
  });

  it('drops the one-word line under the title', () => {
    expect(body.split('\n')).not.toContain('Blinken');
    expect(body.startsWith('WASHINGTON/BRÜSSEL: Russland hat den USA')).toBe(true);
  });

  it('removes the doubled photo caption completely, credit and all', () => {
    expect(body).not.toContain('Foto:');
    expect(body).not.toContain('Verteidigungsministerin Lambrecht hat angekündigt');
  });

  it('removes the paywall notice, its promo line and the Pflichtfelder marker', () => {
    expect(body).not.toContain('Online-Abo');
    expect(body).not.toContain('Druckausgabe');
    expect(body).not.toContain('Pflichtfelder');
    expect(body.endsWith('Zusätzlich gehe man auf die Bedenken Russlands ein.')).toBe(true);
  });

  it('has no line repeating the line before it', () => {
    const lines = body.split('\n').filter((line) => line !== '');
    lines.slice(1).forEach((line, index) => expect(line).not.toBe(lines[index]));
  });

  it('keeps all nine article paragraphs', () => {
    expect(body.split('\n\n')).toHaveLength(9);
  });

  it('infers the publication day from the earliest comment (27 January 2022 in Berlin)', () => {
    expect(article.publishedAt).toBe('2022-01-26T23:00:00.000Z');
    expect(article.publishedAtPrecision).toBe('day');
    expect(article.isPublishedAtInferred).toBe(true);
  });

  it('reads the four comments with authors, Berlin times as UTC and titles', () => {
    expect(comments.map(({ author, postedAt, title }) => ({ author, postedAt, title }))).toEqual([
      { author: 'David Ender', postedAt: '2022-01-27T21:29:00.000Z', title: 'Das "maechtige" Russland ...' },
      { author: 'Ole Bayern', postedAt: '2022-01-27T15:30:00.000Z', title: 'Herr Aurelis.....' },
      { author: 'aurel aurelis', postedAt: '2022-01-27T15:00:00.000Z', title: 'Bitte eintreten!' },
      { author: 'Ingo Kerp', postedAt: '2022-01-27T14:10:00.000Z', title: undefined },
    ]);
    expect(comments[3]).not.toHaveProperty('title');
  });

  it('keeps comment bodies whole, with their inner line breaks', () => {
    expect(comments[0].body.startsWith('... geistert permanent durch deutsche Koepfe')).toBe(true);
    expect(comments[0].body.endsWith('Da werden viele deutsche Putinisten aber traurig sein.')).toBe(true);
    expect(comments[1].body.split('\n')).toHaveLength(6);
    expect(comments[1].body.startsWith('.... eine interessante Ansicht')).toBe(true);
    expect(comments[1].body.endsWith('wollen wir mal hoffen .\n\nVG Ole')).toBe(true);
    expect(comments[2].body.startsWith('"Die Tür zur NATO ist offen und bleibt offen!"')).toBe(true);
    expect(comments[3].body.startsWith('RUS hat sicher nicht damit gerechnet')).toBe(true);
    expect(comments[3].body.endsWith('Da helfen auch nicht die 5.000 deutschen Stahlhelme.')).toBe(true);
  });

  it('links every comment to the article under a unique id that survives a second parse', () => {
    for (const comment of comments) {
      expect(comment.articleExternalId).toBe('002_04e33e5c51f282ea');
      expect(comment.externalId).toMatch(/^002_04e33e5c51f282ea#[0-9a-f]{8}$/);
    }
    expect(new Set(comments.map((comment) => comment.externalId)).size).toBe(4);
    const again = parseSeedText(text, FILE_NAME);
    expect(again.comments.map((comment) => comment.externalId)).toEqual(
      comments.map((comment) => comment.externalId),
    );
  });

  it('keeps comment ids when a newer comment is prepended on a re-scrape', () => {
    const withNewComment = text.replace(
      'Pflichtfelder\n',
      'Pflichtfelder\nNeue Leserin 28.01.22 09:00\nErster!\n',
    );
    const rescraped = parseSeedText(withNewComment, FILE_NAME);
    expect(rescraped.comments.slice(1).map((comment) => comment.externalId)).toEqual(
      comments.map((comment) => comment.externalId),
    );
  });
});

import { parseSeedText } from './seed-text-parser';

const parseComments = (lines: string[]) =>
  parseSeedText(
    ['Titel der Meldung', '', 'Artikeltext.', 'Pflichtfelder', ...lines].join('\n'),
    'synthetic.txt',
  ).comments;

describe('parseSeedText comment block', () => {
  it('converts a summer comment time with the summer offset (CEST, UTC+2)', () => {
    const [comment] = parseComments(['Anna Berg 15.07.22 12:00', 'Sommertext.']);
    expect(comment.postedAt).toBe('2022-07-15T10:00:00.000Z');
  });

  it('converts times on both sides of the spring clock change', () => {
    const comments = parseComments([
      'Anna 27.03.22 03:05',
      'Nach der Umstellung.',
      'Ben 27.03.22 01:55',
      'Davor.',
    ]);
    expect(comments.map((comment) => comment.postedAt)).toEqual([
      '2022-03-27T01:05:00.000Z',
      '2022-03-27T00:55:00.000Z',
    ]);
  });

  it('infers the article day in Berlin, not in UTC, from a comment just after midnight', () => {
    const { article } = parseSeedText(
      [
        'Titel der Meldung',
        '',
        'Text.',
        'Pflichtfelder',
        'Anna 16.07.22 00:30',
        'Kurz nach Mitternacht.',
      ].join('\n'),
      'late.txt',
    );
    expect(article.publishedAt).toBe('2022-07-15T22:00:00.000Z');
  });

  it('treats a single short line as body, not title', () => {
    const [comment] = parseComments(['Anna 15.07.22 12:00', 'Genau so!']);
    expect(comment).not.toHaveProperty('title');
    expect(comment.body).toBe('Genau so!');
  });

  it('treats a first line over 80 characters as body even when more lines follow', () => {
    const longLine =
      'Dieser erste Satz ist eindeutig zu lang für eine Überschrift, denn er hat deutlich mehr als achtzig Zeichen.';
    const [comment] = parseComments(['Anna 15.07.22 12:00', longLine, 'Zweite Zeile.']);
    expect(comment).not.toHaveProperty('title');
    expect(comment.body).toBe(`${longLine}\nZweite Zeile.`);
  });

  it('does not take prose ending in a date without time, or a long sentence ending in date and time, as a header', () => {
    const comments = parseComments([
      'Anna 15.07.22 12:00',
      'Titel',
      'Wir sprechen uns wieder am 20.07.22',
      'Wie schon der Bericht von gestern, den ich gelesen habe, 14.07.22 18:00',
    ]);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.split('\n')).toHaveLength(2);
  });

  it('reads lower-case and three-word author names', () => {
    const comments = parseComments([
      'karl der große 15.07.22 12:00',
      'Text.',
      'j.mueller 15.07.22 12:05',
      'Text.',
    ]);
    expect(comments.map((comment) => comment.author)).toEqual(['karl der große', 'j.mueller']);
  });

  it('finds comments without the Pflichtfelder marker at the first header line', () => {
    const { article, comments } = parseSeedText(
      ['Titel der Meldung', '', 'Artikeltext.', 'Anna 15.07.22 12:00', 'Kommentar.'].join('\n'),
      'unmarked.txt',
    );
    expect(article.body).toBe('Artikeltext.');
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe('Kommentar.');
  });

  it('gives two comments by the same author in the same minute distinct, ordered ids', () => {
    const comments = parseComments(['Anna 15.07.22 12:00', 'Eins.', 'Anna 15.07.22 12:00', 'Zwei.']);
    expect(comments[1].externalId).toBe(`${comments[0].externalId}-2`);
  });

  it('ignores blank lines between the marker and the first header and trims blank lines around bodies', () => {
    const [comment] = parseComments(['', 'Anna 15.07.22 12:00', 'Titel', '', 'Text.', '', '']);
    expect(comment.title).toBe('Titel');
    expect(comment.body).toBe('Text.');
  });
});

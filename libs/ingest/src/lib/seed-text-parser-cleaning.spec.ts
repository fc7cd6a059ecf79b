import { parseSeedText } from './seed-text-parser';

const parse = (lines: string[]) => parseSeedText(lines.join('\n'), 'synthetic.txt').article;

describe('parseSeedText cleaning and title rules', () => {
  it('removes a repeated caption without a credit, both copies', () => {
    const article = parse([
      ' date 2022-03 Erster Absatz des Artikels.',
      '',
      'Ein Panzer steht vor einer Kaserne',
      'Ein Panzer steht vor einer Kaserne',
      '',
      'Zweiter Absatz.',
    ]);
    expect(article.body).toBe('Erster Absatz des Artikels.\n\nZweiter Absatz.');
  });

  it('removes a single photo credit line, also in brackets', () => {
    const article = parse([
      ' date 2022-03 Erster Absatz.',
      '',
      'Soldaten bei einer Übung (Foto: dpa)',
      '',
      'Zweiter Absatz.',
    ]);
    expect(article.body).toBe('Erster Absatz.\n\nZweiter Absatz.');
  });

  it('removes a paywall notice in the middle of the text with its promo line only', () => {
    const article = parse([
      ' date 2022-03 Erster Absatz.',
      '',
      'Überzeugen Sie sich von unserem Online-Abo:',
      '',
      'Die Druckausgabe als PDF-Magazin herunterladen.',
      'Weiter im Text.',
    ]);
    expect(article.body).toBe('Erster Absatz.\n\nWeiter im Text.');
  });

  it('recognises the paywall notice when the umlaut is decomposed', () => {
    const article = parse([
      ' date 2022-03 Erster Absatz.',
      'U\u0308berzeugen Sie sich von unserem Online-Abo:',
      'Promo.',
    ]);
    expect(article.body).toBe('Erster Absatz.');
  });

  it('keeps sub-headings and collapses blank line runs into one', () => {
    const article = parse([
      ' date 2022-03 Erster Absatz.',
      '',
      '',
      '',
      'Russland verlangt Garantien',
      '',
      'Text danach.',
      '',
    ]);
    expect(article.body).toBe('Erster Absatz.\n\nRussland verlangt Garantien\n\nText danach.');
  });

  it('takes a heading-like line after an empty date line as the title', () => {
    const article = parse([
      ' date 2022-03',
      'Nato berät über Ostflanke',
      '',
      'Die Außenminister treffen sich in Brüssel.',
    ]);
    expect(article.title).toBe('Nato berät über Ostflanke');
    expect(article.body).toBe('Die Außenminister treffen sich in Brüssel.');
    expect(article.publishedAt).toBe('2022-02-28T23:00:00.000Z');
  });

  it('drops a two-word line under the title but keeps a three-word one', () => {
    expect(parse(['Titel der Meldung', 'Olaf Scholz', 'Text.']).body).toBe('Text.');
    expect(parse(['Titel der Meldung', 'Olaf Scholz spricht', 'Text.']).body).toBe(
      'Olaf Scholz spricht\nText.',
    );
  });

  it('derives the title from the first sentence when the first line is a paragraph, even without a date line', () => {
    const article = parse(['Moskau lehnt ab. Die Nato bleibt bei ihrer Linie.', '', 'Mehr Text.']);
    expect(article.title).toBe('Moskau lehnt ab');
    expect(article.body).toBe('Moskau lehnt ab. Die Nato bleibt bei ihrer Linie.\n\nMehr Text.');
    expect(article).not.toHaveProperty('publishedAt');
  });

  it('does not end the first sentence at an ordinal, an initial or an abbreviation', () => {
    const article = parse([
      ' date 2022-01 Am 27. Januar traf J. Biden Dr. Meier in Washington. Danach flog er heim.',
    ]);
    expect(article.title).toBe('Am 27. Januar traf J. Biden Dr. Meier in Washington');
  });

  it('keeps a question mark that ends the first sentence', () => {
    expect(parse([' date 2022-01 Kommt der Krieg? Niemand weiß es.']).title).toBe('Kommt der Krieg?');
  });

  it('cuts a long first sentence at a word boundary to at most 120 characters with an ellipsis', () => {
    const sentence = `${'Wort '.repeat(40).trim()}.`;
    const title = parse([` date 2022-01 ${sentence}`]).title;
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('Wort…')).toBe(true);
  });

  it('accepts CRLF line ends and a byte order mark', () => {
    const article = parseSeedText(
      '\uFEFF date 2022-01 Erster Absatz.\r\n\r\nZweiter Absatz.\r\n',
      'windows.txt',
    ).article;
    expect(article.body).toBe('Erster Absatz.\n\nZweiter Absatz.');
    expect(article.publishedAt).toBe('2021-12-31T23:00:00.000Z');
  });

  it('uses the base name when given a path', () => {
    const article = parseSeedText(' date 2022-01 Text.', 'seeds/nested/005_abc.txt').article;
    expect(article.externalId).toBe('005_abc');
    expect(article.sourceFile).toBe('005_abc.txt');
  });
});

import { ingestErrorOf } from '../testing/ingest-error-of';
import { parseSeedText } from './seed-text-parser';


const ARTICLE = ['Titel der Meldung', '', 'Artikeltext.', 'Pflichtfelder'];
const parseLines = (lines: string[]) => () => parseSeedText(lines.join('\n'), '002_x.txt');

describe('parseSeedText errors', () => {
  it('reports an impossible comment date with file and line', () => {
    const error = ingestErrorOf(
      parseLines([...ARTICLE, 'Anna 27.01.22 16:00', 'Text.', 'Ben 32.01.22 10:00', 'Text.']),
    );
    expect(error.message).toBe('002_x.txt:7: invalid comment date 32.01.22');
    expect(error.file).toBe('002_x.txt');
    expect(error.line).toBe(7);
  });

  it('reports 29 February in a common year', () => {
    expect(ingestErrorOf(parseLines([...ARTICLE, 'Anna 29.02.22 16:00', 'Text.'])).message).toBe(
      '002_x.txt:5: invalid comment date 29.02.22',
    );
  });

  it('reports an impossible comment time', () => {
    expect(ingestErrorOf(parseLines([...ARTICLE, 'Anna 27.01.22 25:00', 'Text.'])).message).toBe(
      '002_x.txt:5: invalid comment time 25:00',
    );
  });

  it.each(['Ingo Kerp 27.1.22 15:10', 'Ingo Kerp 27.01.2022 15:10', 'Ingo Kerp 27.01.22 15.10'])(
    'reports the malformed header "%s"',
    (header) => {
      const error = ingestErrorOf(parseLines([...ARTICLE, 'Anna 27.01.22 16:00', 'Text.', header, 'Text.']));
      expect(error.line).toBe(7);
      expect(error.message).toContain('malformed comment header');
    },
  );

  it('reports text after the Pflichtfelder marker that is not a comment header', () => {
    const error = ingestErrorOf(parseLines([...ARTICLE, 'Kommentare (2)', 'Anna 27.01.22 16:00', 'Text.']));
    expect(error.line).toBe(5);
    expect(error.message).toContain('expected a comment header');
  });

  it('reports a header without any comment text', () => {
    const error = ingestErrorOf(
      parseLines([...ARTICLE, 'Anna 27.01.22 16:00', '', 'Ben 27.01.22 16:05', 'Text.']),
    );
    expect(error.message).toBe('002_x.txt:5: comment by Anna has no text');
  });

  it.each([
    [' date 2022-1 Text.', 'malformed date line'],
    [' date Januar 2022 Text.', 'malformed date line'],
    [' date 2022-13 Text.', 'invalid article date 2022-13'],
  ])('reports the bad date line "%s" on line 1', (dateLine, detail) => {
    const error = ingestErrorOf(parseLines([dateLine, '', 'Mehr Text.']));
    expect(error.line).toBe(1);
    expect(error.message).toContain(detail);
  });

  it('reports a file without article text', () => {
    expect(ingestErrorOf(parseLines(['', '  ', ''])).message).toBe('002_x.txt:1: no article text');
  });
});

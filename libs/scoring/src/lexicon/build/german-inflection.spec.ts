import { inflect } from './german-inflection';
import { parseWordEntry } from './word-entry';

function forms(line: string): string[] {
  const entry = parseWordEntry({ line: 1, fields: line.split('\t') }, 'test.tsv', [-4, 4]);
  return inflect(entry).map((form) => form.form);
}

describe('German inflection', () => {
  it('gives adjectives their endings, comparative and superlative', () => {
    const schlecht = forms('schlecht\t-2.3\tadj');
    expect(schlecht).toEqual(
      expect.arrayContaining([
        'schlecht',
        'schlechte',
        'schlechten',
        'schlechter',
        'schlechtes',
        'schlechtem',
      ]),
    );
    expect(schlecht).toEqual(expect.arrayContaining(['schlechteren', 'schlechteste', 'schlechtesten']));
    expect(forms('dumm\t-2.4\tadj\tcmp=dümmer sup=dümmst')).toEqual(
      expect.arrayContaining(['dümmer', 'dümmere', 'dümmste', 'dümmsten']),
    );
    expect(forms('böse\t-2.2\tadj')).toEqual(expect.arrayContaining(['böse', 'bösen', 'böser', 'böseste']));
    expect(forms('dunkel\t-1\tadj')).toEqual(expect.arrayContaining(['dunkle', 'dunkler']));
    expect(forms('teuer\t-1\tadj')).toEqual(expect.arrayContaining(['teure', 'teurer', 'teuersten']));
    expect(forms('tot\t-2.6\tadj\tnocmp')).not.toContain('toter' + 'e');
  });

  it('gives nouns their genitive and plural, from pl= when given', () => {
    expect(forms('Krieg\t-2.9\tnoun')).toEqual(
      expect.arrayContaining(['Krieg', 'Kriegs', 'Krieges', 'Kriege', 'Kriegen']),
    );
    expect(forms('Katastrophe\t-3\tnoun')).toEqual(expect.arrayContaining(['Katastrophen']));
    expect(forms('Lügnerin\t-2.9\tnoun')).toEqual(expect.arrayContaining(['Lügnerinnen']));
    expect(forms('Angst\t-2.2\tnoun\tpl=Ängste')).toEqual(expect.arrayContaining(['Ängste', 'Ängsten']));
    expect(forms('Pack\t-2.8\tnoun\tpl=-')).not.toContain('Packen');
  });

  it('conjugates verbs, with participles and separable prefixes', () => {
    expect(forms('hassen\t-2.9\tverb')).toEqual(
      expect.arrayContaining(['hasse', 'hasst', 'hassen', 'hasste', 'gehasst', 'gehasste', 'hassend']),
    );
    expect(forms('verachten\t-2.7\tverb')).toEqual(
      expect.arrayContaining(['verachtet', 'verachtete', 'verachtest']),
    );
    expect(forms('massakrieren\t-3.6\tverb')).toEqual(
      expect.arrayContaining(['massakriert', 'massakrierte']),
    );
    expect(forms('abknallen\t0.75\tverb\tsep=ab')).toEqual(
      expect.arrayContaining(['abknallen', 'abgeknallt', 'abzuknallen', 'abknallt']),
    );
    expect(forms('lügen\t-2.4\tverb\tpret=log pp=gelogen')).toEqual(
      expect.arrayContaining(['log', 'logen', 'gelogen', 'gelogene']),
    );
    expect(forms('ekeln\t-2.4\tverb')).toEqual(expect.arrayContaining(['ekle', 'ekelt', 'geekelt']));
  });

  it('rejects unknown options and parts of speech', () => {
    expect(() => forms('gut\t1.9\tadj\tplural=x')).toThrow(/unknown option/);
    expect(() => forms('gut\t1.9\tadverb')).toThrow(/unknown part of speech/);
    expect(() => forms('gut\t9\tadj')).toThrow(/not a number in -4..4/);
  });
});

import { scoreGermanTone } from './german-tone';
import { getGermanToneLexicon } from './german-tone-lexicon';
import { valenceIn } from './tone-test-helpers';

const lexicon = getGermanToneLexicon();

describe('German tone: neutral topic words and function words', () => {
  it('gives news topic words no tone (war, attack, death, weapons, soldiers, courts, economy)', () => {
    for (const word of [
      'krieg',
      'angriff',
      'angriffe',
      'tod',
      'tote',
      'toten',
      'opfer',
      'waffe',
      'waffen',
      'soldat',
      'soldaten',
      'anschlag',
      'getoetet',
      'verletzt',
      'taeter',
      'prozess',
      'inflation',
      'insolvenz',
      'kritik',
    ]) {
      expect(lexicon.infoOf(word).valence).toBeUndefined();
    }
  });

  it('scores factual reports of violent events neutral', () => {
    expect(
      scoreGermanTone(
        'Bei einem Angriff auf Charkiw sind drei Menschen getötet worden, teilte der Gouverneur mit.',
      ).compound,
    ).toBe(0);
    expect(
      scoreGermanTone('Die Armee meldet Gefechte entlang der Front, zwei Soldaten wurden verletzt.').compound,
    ).toBe(0);
  });

  it('keeps the tone of the writer’s evaluation around a topic word', () => {
    expect(scoreGermanTone('Dieser Krieg ist eine schreckliche Barbarei.').compound).toBeLessThan(-0.5);
    expect(valenceIn('Diese Kriegstreiber!', 'Kriegstreiber')).toBeLessThan(0);
  });

  it('never gives a common function word a valence', () => {
    for (const word of [
      'der',
      'die',
      'das',
      'und',
      'oder',
      'ist',
      'sind',
      'hat',
      'wird',
      'man',
      'ich',
      'wir',
      'sie',
      'mit',
      'von',
      'fuer',
      'auf',
      'laut',
      'mal',
      'ja',
      'schon',
      'wieder',
      'sicher',
      'bitte',
      'besser',
      'lieber',
      'wuerde',
      'koennte',
    ]) {
      expect(lexicon.infoOf(word).valence).toBeUndefined();
    }
  });

  it('lets a neutral word win over a look-alike form of a lexicon word (Preise ≠ preisen, sorgen ≠ Sorgen)', () => {
    expect(lexicon.infoOf('preise').valence).toBeUndefined();
    expect(lexicon.infoOf('sorgt').valence).toBeUndefined();
    expect(lexicon.infoOf('kriegen').valence).toBeUndefined();
    expect(lexicon.infoOf('preisen').valence).toBeGreaterThan(0);
    expect(lexicon.infoOf('sorge').valence).toBeLessThan(0);
  });
});

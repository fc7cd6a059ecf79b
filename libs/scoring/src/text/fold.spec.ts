import { foldKey } from './fold';

describe('foldKey', () => {
  it('spells umlauts and ß out, so both spellings meet on one key', () => {
    expect(foldKey('mächtige')).toBe('maechtige');
    expect(foldKey('maechtige')).toBe('maechtige');
    expect(foldKey('Köpfe')).toBe(foldKey('Koepfe'));
    expect(foldKey('Straße')).toBe(foldKey('Strasse'));
    expect(foldKey('ÜBEL')).toBe('uebel');
  });

  it('lower-cases and drops other Latin diacritics', () => {
    expect(foldKey('Café')).toBe('cafe');
    expect(foldKey('NAÏV')).toBe('naiv');
    expect(foldKey('idiot')).toBe('idiot');
  });

  it('keeps characters outside Latin as they are, lower-cased', () => {
    expect(foldKey(':D')).toBe(':d');
    expect(foldKey('😀')).toBe('😀');
  });
});

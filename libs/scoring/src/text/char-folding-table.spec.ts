import { foldCharacter, MAX_FOLD_EXPANSION, packedFold } from './char-folding';

describe('packedFold', () => {
  it('packs foldCharacter for every code unit outside the surrogates, in at most MAX_FOLD_EXPANSION units', () => {
    for (let code = 1; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const folded = foldCharacter(code);
      expect(folded.length).toBeLessThanOrEqual(MAX_FOLD_EXPANSION);
      const packed = packedFold(code);
      const unpacked =
        String.fromCharCode(packed & 0xffff) + (packed > 0xffff ? String.fromCharCode(packed >>> 16) : '');
      if (unpacked !== folded) throw new Error(`U+${code.toString(16)}: ${unpacked} != ${folded}`);
    }
  });
});

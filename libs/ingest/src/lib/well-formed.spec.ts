import { toWellFormed } from './well-formed';

describe('toWellFormed', () => {
  it('replaces lone surrogates by U+FFFD and keeps pairs and everything else', () => {
    expect(toWellFormed('a\udc00b\ud800')).toBe('a\ufffdb\ufffd');
    expect(toWellFormed('\udc00\ud83e\udd2e\ud83e')).toBe('\ufffd🤮\ufffd');
    expect(toWellFormed('Grüße 🤮 \u200b')).toBe('Grüße 🤮 \u200b');
  });

  it('gives what a round trip through UTF-8 gives', () => {
    for (const text of ['x\udc00', '\ud800\ud800\udc00', 'ok', '\udfff\ud800']) {
      expect(toWellFormed(text)).toBe(Buffer.from(text, 'utf8').toString('utf8'));
    }
  });
});

import type { AuthorErasurePreview } from '@tenor/contracts';
import { authorHashPrefix, erasureRequest, isErasureReady } from './erasure-request';

const PREVIEW: AuthorErasurePreview = {
  author: 'Max Mustermann',
  authorHash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  comments: 3,
  events: 2,
  earlierErasures: [],
};

describe('isErasureReady', () => {
  it('holds after a preview of the same name that found comments', () => {
    expect(isErasureReady(PREVIEW, 'Max Mustermann')).toBe(true);
  });

  it('does not hold without a preview', () => {
    expect(isErasureReady(null, 'Max Mustermann')).toBe(false);
  });

  it('does not hold when the preview found no comment', () => {
    expect(isErasureReady({ ...PREVIEW, comments: 0 }, 'Max Mustermann')).toBe(false);
  });

  it('does not hold once the name was edited after the preview, even by case or a space', () => {
    expect(isErasureReady(PREVIEW, 'Max Mustermann2')).toBe(false);
    expect(isErasureReady(PREVIEW, 'max mustermann')).toBe(false);
    expect(isErasureReady(PREVIEW, 'Max Mustermann ')).toBe(false);
  });
});

describe('erasureRequest', () => {
  it('sends the author as typed and the reference trimmed', () => {
    expect(erasureRequest(' Max ', 'anonymise', ' DSGVO-2024-017 ')).toEqual({
      author: ' Max ',
      mode: 'anonymise',
      reference: 'DSGVO-2024-017',
    });
  });

  it('leaves a blank reference out (the API refuses an empty one)', () => {
    expect(erasureRequest('Max', 'delete', '   ')).toEqual({ author: 'Max', mode: 'delete' });
    expect('reference' in erasureRequest('Max', 'delete', '')).toBe(false);
  });
});

describe('authorHashPrefix', () => {
  it('keeps the first 12 hex digits', () => {
    expect(authorHashPrefix(PREVIEW.authorHash)).toBe('9f86d081884c');
  });
});

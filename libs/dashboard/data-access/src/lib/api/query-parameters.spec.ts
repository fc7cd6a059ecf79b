import { toQueryParameters } from './query-parameters';

describe('toQueryParameters', () => {
  it('writes every given value as a string and booleans as true/false', () => {
    expect(toQueryParameters({ status: 'pending', flagged: false, articleId: 3, limit: 20 })).toEqual({
      status: 'pending',
      flagged: 'false',
      articleId: '3',
      limit: '20',
    });
  });

  it('leaves out absent and empty values', () => {
    expect(toQueryParameters({ from: undefined, to: '', articleId: 7 })).toEqual({ articleId: '7' });
  });
});

import { POLICY } from '../../testing/policies';
import { policyForm } from './policy-form';
import {
  parsePolicyMessage,
  placePolicyMessages,
  policyFieldPaths,
  validationMessagesOf,
} from './policy-messages';

describe('parsePolicyMessage', () => {
  it('splits the path from the text', () => {
    expect(
      parsePolicyMessage('categories.insult.reject: must not be below the flag threshold (0.5)'),
    ).toEqual({
      path: 'categories.insult.reject',
      text: 'must not be below the flag threshold (0.5)',
    });
  });

  it('writes indexes with dots and drops the request wrapper', () => {
    expect(parsePolicyMessage('policy.wordLists[2].term: must not be empty').path).toBe('wordLists.2.term');
  });

  it('has no path for a sentence', () => {
    expect(parsePolicyMessage('The policy is invalid: see below')).toEqual({
      path: null,
      text: 'The policy is invalid: see below',
    });
  });
});

describe('placePolicyMessages', () => {
  const fields = policyFieldPaths(policyForm(POLICY));

  it('puts a message beside its input with the text alone', () => {
    const placement = placePolicyMessages(
      ['categories.insult.reject: must not be below the flag threshold'],
      fields,
    );
    expect(placement.byPath.get('categories.insult.reject')).toEqual([
      'must not be below the flag threshold',
    ]);
    expect(placement.unplaced).toEqual([]);
  });

  it('falls back to the row, then the block, keeping the path in the message', () => {
    const placement = placePolicyMessages(
      ['wordLists.1.pattern: is no valid regular expression', 'wordLists.7.term: must not be empty'],
      fields,
    );
    expect(placement.byPath.get('wordLists.1')).toEqual([
      'wordLists.1.pattern: is no valid regular expression',
    ]);
    expect(placement.byPath.get('wordLists')).toEqual(['wordLists.7.term: must not be empty']);
  });

  it('lists messages under no field apart, and keeps several for one field in order', () => {
    const placement = placePolicyMessages(
      [
        'baseVersion: must be an integer',
        'tone.positive: must be above 0',
        'tone.positive: must be at most 1',
      ],
      fields,
    );
    expect(placement.unplaced).toEqual(['baseVersion: must be an integer']);
    expect(placement.byPath.get('tone.positive')).toEqual(['must be above 0', 'must be at most 1']);
  });
});

describe('validationMessagesOf', () => {
  it('reads the message list of a 400', () => {
    const error = { status: 400, error: { statusCode: 400, message: ['a: x', 'b: y'] } };
    expect(validationMessagesOf(error)).toEqual(['a: x', 'b: y']);
    expect(validationMessagesOf({ status: 400, error: { message: 'tone: bad' } })).toEqual(['tone: bad']);
  });

  it('has none for other failures', () => {
    expect(validationMessagesOf({ status: 409, error: { message: ['stale'] } })).toEqual([]);
    expect(validationMessagesOf(new Error('boom'))).toEqual([]);
  });
});

import { findRegexHazard } from './regex-safety';

const CATASTROPHIC = 'the regular expression can backtrack catastrophically';
const POLYNOMIAL = 'the regular expression can backtrack in polynomial time';

describe('findRegexHazard', () => {
  it.each([
    ['(a+)+$', 'nested quantifier "(a+)+"'],
    ['(\\w+\\s?)*$', 'nested quantifier "(\\w+\\s?)*"'],
    ['([a-z]+)*$', 'nested quantifier "([a-z]+)*"'],
    ['(.*a){12}', 'nested quantifier "(.*a){12}"'],
    ['(a{2,5})+b', 'nested quantifier "(a{2,5})+"'],
    ['(a|a)*$', 'quantified group with overlapping alternatives "(a|a)*"'],
    ['(a|aa)*$', 'quantified group with overlapping alternatives "(a|aa)*"'],
    ['(a|ab)*', 'quantified group with overlapping alternatives "(a|ab)*"'],
    ['(?:\\w|\\d)+$', 'quantified group with overlapping alternatives "(?:\\w|\\d)+"'],
    ['(?:A|a)+$', 'quantified group with overlapping alternatives "(?:A|a)+"'],
    ['(?:x|)+y', 'quantified group with overlapping alternatives "(?:x|)+"'],
    ['(\\w)\\1+', 'quantified backreference "\\1+"'],
    ['((a)\\2)*', 'quantified backreference "((a)\\2)*"'],
  ])('rejects the classic catastrophic shape %s', (pattern, shape) => {
    expect(findRegexHazard(pattern)).toBe(`${CATASTROPHIC} (${shape})`);
  });

  it('rejects exponential ambiguity that no shape rule names', () => {
    expect(findRegexHazard('(?:a?a?)+b')).toBe(`${CATASTROPHIC} (ambiguous repetition "(?:a?a?)+")`);
    expect(findRegexHazard('(?:\\w\\d?)+$')).toBe(`${CATASTROPHIC} (ambiguous repetition "(?:\\w\\d?)+")`);
  });

  it.each([
    ['\\w+x', '\\w+'],
    ['\\s+$', '\\s+'],
    ['juden.*raus', '.*'],
    ['.*foo.*bar', '.*'],
    ['\\d+\\.\\d+', '\\d+'],
    ['luegen\\w*presse', '\\w*'],
    ['a*a*b', 'a*'],
    ['(?:ab|cd)+e', '(?:ab|cd)+'],
    ['luegen\\w{0,99}presse', '\\w{0,99}'],
    ['x(?=\\w+y)', '\\w+'],
    // A loop at the end of a lookaround body is no place the search stops: each offset runs it again.
    ['(?=\\w+)x', '\\w+'],
    ['(?=a|\\u200b{2,})a', '\\u200b{2,}'],
    ['(?<!\\s+)x', '\\s+'],
  ])('rejects %s, whose search restarts inside a repetition (quadratic)', (pattern, repetition) => {
    expect(findRegexHazard(pattern)).toBe(
      `${POLYNOMIAL} (the search can start again inside "${repetition}"; bound it like {0,30} or put \\b or ^ before it)`,
    );
  });

  it('rejects two repetitions that can read the same text', () => {
    expect(findRegexHazard('\\b\\w+\\s?\\w+x')).toBe(
      `${POLYNOMIAL} ("\\w+" and "\\w+" can read the same text; bound one like {0,30})`,
    );
    expect(findRegexHazard('^a.*b.*c')).toBe(
      `${POLYNOMIAL} (".*" and ".*" can read the same text; bound one like {0,30})`,
    );
  });

  it.each([
    '^(a?){25}a{25}$',
    '(?:a?b?){15}b{15}',
    `${'a?'.repeat(20)}${'a'.repeat(20)}`,
    '(?:ab)?'.repeat(15) + '(?:ab){15}',
    'x.{0,50}.{0,50}.{0,50}y',
  ])(
    'rejects %s, whose bounded parts read one text in too many ways (no loop, yet 2^25 paths per offset for the first)',
    (pattern) => {
      expect(findRegexHazard(pattern)).toBe(
        `${CATASTROPHIC} (it can read one text in more than 10000 ways, as "(a?){20}a{20}" does; make optional parts that read the same characters fewer or unambiguous)`,
      );
    },
  );

  it('refuses a pattern too large to analyse', () => {
    expect(findRegexHazard('\\w{0,50}'.repeat(60))).toBe(
      'the regular expression is too complex to check for catastrophic backtracking; simplify it',
    );
  });

  it.each([
    'idiot',
    '\\bidiot\\b',
    '\\bluegen\\w*presse',
    'luegen\\w{0,30}presse',
    'juden.{0,40}raus',
    'merkel\\s+muss\\s+weg',
    'hetz\\w*',
    '^\\w+x',
    'x[^x]*x',
    '\\b\\w+@\\w+\\.de\\b',
    '(?:\\d{1,3}\\.){3}\\d{1,3}',
    '\\b(?:volks)?verraeter(?:in|innen)?\\b',
    'l[uü]+gen\\s*presse',
    '(?:ab|cd)+',
    '\\bfoo\\b\\s+\\bbar\\b',
    '(?<!\\w)spasti(?!\\w)',
    '(a)\\1',
  ])('accepts %s', (pattern) => {
    expect(findRegexHazard(pattern)).toBeNull();
  });
});

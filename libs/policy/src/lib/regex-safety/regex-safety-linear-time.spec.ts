import { findRegexHazard } from './regex-safety';

/** Input lengths, doubling: 1k to 64k characters. */
const LENGTHS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000];
/** Each timing repeats the search for at least this long and keeps the fastest of three, against a busy machine's noise. */
const MIN_SAMPLE_MILLISECONDS = 4;
const SAMPLES = 3;

/** Repeats `text` up to `length` characters. */
function repeated(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

/** Runs a word-list search the way the matcher does: every match, flags giu, stepping over empty matches. */
function searchAll(regex: RegExp, text: string): number {
  let matches = 0;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    matches++;
    if (match[0].length === 0) regex.lastIndex++;
  }
  return matches;
}

function millisecondsPerSearch(regex: RegExp, text: string): number {
  let best = Infinity;
  for (let sample = 0; sample < SAMPLES; sample++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      searchAll(regex, text);
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < MIN_SAMPLE_MILLISECONDS);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

/** The slope of log(time) over log(length), by least squares: 1 for linear growth, 2 for quadratic. */
function growthExponent(times: readonly number[]): number {
  const xs = LENGTHS.map(Math.log);
  const ys = times.map(Math.log);
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, index) => {
    covariance += (x - meanX) * (ys[index] - meanY);
    variance += (x - meanX) ** 2;
  });
  return covariance / variance;
}

describe('regexes the analysis accepts run in linear time', () => {
  // Each accepted pattern against the inputs that hurt its kind most: long runs of what its repetitions read,
  // many almost-matches, no final match.
  it.each<[string, (length: number) => string]>([
    ['\\bluegen\\w*presse', (length) => repeated('luegen', length)],
    ['\\bluegen\\w*presse', (length) => repeated('luegen ', length)],
    ['luegen\\w{0,30}presse', (length) => repeated('luegen', length)],
    ['juden.{0,40}raus', (length) => repeated('juden ', length)],
    ['merkel\\s+muss\\s+weg', (length) => `merkel${' '.repeat(length)}`],
    ['merkel\\s+muss\\s+weg', (length) => repeated('merkel muss ', length)],
    ['hetz\\w*', (length) => repeated('hetz', length)],
    ['x[^x]*x', (length) => `x${'a'.repeat(length)}`],
    ['\\b\\w+@\\w+\\.de\\b', (length) => repeated('a@', length)],
    ['\\b\\w+@\\w+\\.de\\b', (length) => 'a'.repeat(length)],
    ['(?:\\d{1,3}\\.){3}\\d{1,3}', (length) => repeated('1', length)],
    ['(?:ab|cd)+', (length) => repeated('ab', length)],
    ['\\b(?:volks)?verraeter(?:in|innen)?\\b', (length) => repeated('volksverraeterinne', length)],
  ])('%s on adversarial input', (pattern, inputOf) => {
    expect(findRegexHazard(pattern)).toBeNull();
    const regex = new RegExp(pattern, 'giu');
    const times = LENGTHS.map((length) => millisecondsPerSearch(regex, inputOf(length)));
    // Linear growth is an exponent of 1, quadratic 2; measured 0.8-1.3 on a busy two-core machine (timer noise).
    expect(growthExponent(times)).toBeLessThan(1.5);
    expect(times[times.length - 1]).toBeLessThan(50);
  });

  it('rejects the patterns whose time explodes on the same kind of input, as measured here', () => {
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- backtracks on purpose: the spec measures that it does
    const exponential = /(a+)+$/u;
    const timeOf = (count: number) =>
      // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-super-linear-move -- backtracks on purpose: the spec measures that it does
      millisecondsPerSearch(new RegExp(exponential.source, 'gu'), `${'a'.repeat(count)}!`);
    // Four more letters, sixteen times the work: 2^n.
    expect(timeOf(20) / timeOf(16)).toBeGreaterThan(6);
    expect(findRegexHazard(exponential.source)).not.toBeNull();
    // eslint-disable-next-line regexp/no-super-linear-move -- backtracks on purpose: the spec measures that it does
    const quadratic = /\w+x/giu;
    const quadraticTime = (length: number) => millisecondsPerSearch(quadratic, 'a'.repeat(length));
    expect(quadraticTime(4_000) / quadraticTime(1_000)).toBeGreaterThan(6);
    expect(findRegexHazard(quadratic.source)).not.toBeNull();
    for (const pattern of ['(a|aa)*$', '(\\w+\\s?)*$', '(a|a)*$', 'juden.*raus', '\\s+$'])
      expect(findRegexHazard(pattern)).not.toBeNull();
  });
});

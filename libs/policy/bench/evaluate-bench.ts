/**
 * Times CompiledPolicy.evaluate on generated comments (no database), without and with word lists:
 *   npx ts-node --transpile-only -r tsconfig-paths/register -P libs/policy/tsconfig.spec.json libs/policy/bench/evaluate-bench.ts [count]
 * The comments are ~300 characters of German-looking words drawn Zipf-like from a 5,000-word vocabulary (the
 * memory of word lookups sees a realistic mix of repeated and new words); a third carries scorer evidence.
 */
import {
  type EvidenceSpan,
  type ModerationPolicy,
  RISK_CATEGORIES,
  type RiskCategory,
  type WordListEntry,
} from '@tenor/contracts';
import { normalizeText, tokenizeWords } from '@tenor/scoring';
import { compilePolicy, DEFAULT_POLICY, type PolicyCommentInput, validatePolicy } from '../src';

const COMMENT_COUNT = Number(process.argv[2] ?? 100_000);
const COMMENT_LENGTH = 300;
const VOCABULARY_SIZE = 5_000;
/** Rounds per policy; the fastest is reported, against a shared machine's noise. */
const ROUNDS = 3;

/** CPU microseconds this process has used: unlike wall time, not inflated by other processes on a shared machine. */
function cpuMicroseconds(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** A small deterministic generator (mulberry32), so runs compare. */
function randomGenerator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = randomGenerator(7);
const SYLLABLES = [
  'ge',
  'ver',
  'be',
  'schla',
  'mann',
  'zeit',
  'bür',
  'ger',
  'stra',
  'ße',
  'po',
  'li',
  'tik',
  'wo',
  'che',
  'ein',
  'und',
  'ten',
  'lich',
  'keit',
  'ar',
  'beit',
  'grü',
  'ne',
  'recht',
  'haus',
  'land',
  'stadt',
  'kind',
  'er',
];
const COMMON = [
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'ich',
  'es',
  'ein',
  'zu',
  'mit',
  'auf',
  'für',
  'sie',
  'wir',
  'aber',
  'auch',
  'so',
  'wie',
  'noch',
  'schon',
  'doch',
  'Regierung',
  'Artikel',
  'Meinung',
  'Politik',
  'Merkel',
  'Presse',
  'Idiot',
  'Hetzer',
  'Lügenpresse',
  'dumme',
  'Kuh',
];

function pseudoWord(): string {
  const syllables = 1 + Math.floor(random() * 4);
  let word = '';
  for (let index = 0; index < syllables; index++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return random() < 0.3 ? word[0].toUpperCase() + word.slice(1) : word;
}

const vocabulary = [...COMMON, ...Array.from({ length: VOCABULARY_SIZE - COMMON.length }, pseudoWord)];

function comment(): string {
  let text = '';
  while (text.length < COMMENT_LENGTH) {
    // Zipf-like: small indexes (common words) far more often.
    const word = vocabulary[Math.floor(vocabulary.length * random() ** 3)];
    text += word + (random() < 0.1 ? '. ' : random() < 0.05 ? ', ' : ' ');
  }
  return text;
}

function inputOf(text: string): PolicyCommentInput {
  const scores = {} as Record<RiskCategory, number>;
  for (const category of RISK_CATEGORIES) scores[category] = Math.round(random() ** 4 * 1000) / 1000;
  const evidence: Partial<Record<RiskCategory, EvidenceSpan[]>> = {};
  if (random() < 0.33) {
    const start = text.indexOf(' ') + 1;
    const end = text.indexOf(' ', start);
    evidence.insult = [{ start, end, text: text.slice(start, end), rule: 'insult.lexicon' }];
  }
  return {
    text,
    compound: random() * 2 - 1,
    scores,
    evidence,
    isArticlePremoderated: random() < 0.05,
    section: 'Politik',
  };
}

/** ~200 entries: whole words, compound parts, prefixes, phrases and a few regexes, some of them in the comments. */
function entriesOf(count: number): WordListEntry[] {
  const modes: WordListEntry['mode'][] = ['word', 'word', 'word', 'compound', 'prefix'];
  const entries: WordListEntry[] = [
    { list: 'block', term: 'Lügenpresse', mode: 'compound', category: 'hate' },
    { list: 'watch', term: 'Idiot', mode: 'word', category: 'insult' },
    { list: 'watch', term: 'hetz', mode: 'prefix', category: 'hate' },
    { list: 'watch', term: 'dumme Kuh', mode: 'word', category: 'insult' },
    { list: 'watch', term: 'merkel\\s+muss\\s+weg', mode: 'regex', category: 'hate' },
    { list: 'watch', term: '\\bvolks\\w{0,20}verraeter', mode: 'regex', category: 'hate' },
    { list: 'watch', term: '\\b\\w+@\\w+\\.de\\b', mode: 'regex', category: 'personalData' },
    { list: 'allow', term: 'Arschbombe', mode: 'word', category: 'profanity' },
  ];
  const seen = new Set(entries.map((entry) => `${entry.mode} ${entry.term.toLowerCase()}`));
  while (entries.length < count) {
    const mode = modes[entries.length % modes.length];
    const term = mode === 'word' ? vocabulary[Math.floor(random() * vocabulary.length)] : pseudoWord() + 'xy';
    const key = `${mode} ${term.toLowerCase()}`;
    if (seen.has(key) || term.length < 4) continue;
    seen.add(key);
    entries.push({ list: entries.length % 7 === 0 ? 'block' : 'watch', term, mode, category: 'insult' });
  }
  return entries;
}

function microsecondsPerComment(policy: ModerationPolicy, inputs: readonly PolicyCommentInput[]): number {
  const compiled = compilePolicy(policy);
  let best = Infinity;
  let flagged = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = cpuMicroseconds();
    for (const input of inputs) if (compiled.evaluate(input).isFlagged) flagged++;
    best = Math.min(best, (cpuMicroseconds() - start) / inputs.length);
  }
  if (flagged === 0) throw new Error('nothing flagged: the generated comments do not exercise the policy');
  return best;
}

function main(): void {
  const inputs = Array.from({ length: COMMENT_COUNT }, () => inputOf(comment()));
  const withLists = structuredClone(DEFAULT_POLICY) as ModerationPolicy;
  withLists.wordLists = entriesOf(200);
  withLists.premoderatedSections = ['Leserbriefe'];
  const validation = validatePolicy(withLists);
  if (validation.policy === null) throw new Error(validation.errors.join('\n'));
  console.log(
    `${inputs.length} comments of ~${COMMENT_LENGTH} characters, CPU time, best of ${ROUNDS} rounds`,
  );
  console.log(
    `no word-list entries:   ${microsecondsPerComment(DEFAULT_POLICY, inputs).toFixed(2)} µs/comment`,
  );
  const withListsTime = microsecondsPerComment(validation.policy, inputs);
  console.log(`${withLists.wordLists.length} word-list entries: ${withListsTime.toFixed(2)} µs/comment`);
  const regexCount = withLists.wordLists.filter((entry) => entry.mode === 'regex').length;
  const withoutRegexes = {
    ...validation.policy,
    wordLists: validation.policy.wordLists.filter((entry) => entry.mode !== 'regex'),
  };
  const withoutRegexesTime = microsecondsPerComment(withoutRegexes, inputs);
  console.log(`the same without its ${regexCount} regexes: ${withoutRegexesTime.toFixed(2)} µs/comment`);
  console.log(`so one regex: ${((withListsTime - withoutRegexesTime) / regexCount).toFixed(2)} µs/comment`);
  let start = cpuMicroseconds();
  for (const input of inputs) tokenizeWords(normalizeText(input.text));
  const normalizing = (cpuMicroseconds() - start) / inputs.length;
  console.log(`of which normalizeText + tokenizeWords: ${normalizing.toFixed(2)} µs/comment`);
  start = cpuMicroseconds();
  const validations = 20;
  for (let run = 0; run < validations; run++) validatePolicy(withLists);
  console.log(
    `validatePolicy (200 entries, regex verdicts remembered): ${((cpuMicroseconds() - start) / 1_000 / validations).toFixed(1)} ms`,
  );
}

main();

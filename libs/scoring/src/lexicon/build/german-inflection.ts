import type { WordEntry } from './word-entry';

/** A generated word form and whether a human wrote it down (lemma, pl=, forms= …) rather than a rule guessing it. */
export interface InflectedForm {
  readonly form: string;
  readonly isExplicit: boolean;
}

const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
const INSEPARABLE_PREFIXES = ['miss', 'emp', 'ent', 'ver', 'zer', 'be', 'ge', 'er'];
const SUFFIXES_WITH_EN_PLURAL = [
  'ung',
  'heit',
  'keit',
  'schaft',
  'ion',
  'tät',
  'ik',
  'ur',
  'enz',
  'anz',
  'ei',
  'ist',
  'ant',
  'ent',
  'at',
  'ot',
  'or',
];
const SUFFIXES_WITH_SAME_PLURAL = ['er', 'el', 'en', 'chen', 'lein'];

/**
 * Every form of a word-list entry, rule-generated from its lemma and part of speech: adjective endings and comparison,
 * noun genitive and plural, verb conjugation and participles. Over-generation is harmless (a non-word never occurs);
 * the options column fixes irregular forms.
 */
export function inflect(entry: WordEntry): InflectedForm[] {
  const forms = new Map<string, boolean>();
  const add = (form: string, isExplicit: boolean): void => {
    if (form.length === 0) return;
    forms.set(form, (forms.get(form) ?? false) || isExplicit);
  };
  add(entry.lemma, true);
  for (const form of entry.options.extraForms) add(form, true);
  switch (entry.partOfSpeech) {
    case 'adj':
      inflectAdjective(entry, add);
      break;
    case 'noun':
      inflectNoun(entry, add);
      break;
    case 'verb':
      inflectVerb(entry, add);
      break;
    case 'inv':
      break;
  }
  return [...forms].map(([form, isExplicit]) => ({ form, isExplicit }));
}

type AddForm = (form: string, isExplicit: boolean) => void;

function inflectAdjective(entry: WordEntry, add: AddForm): void {
  const lemma = entry.lemma;
  for (const stem of adjectiveStems(lemma)) {
    for (const ending of ADJECTIVE_ENDINGS) add(stem + ending, false);
  }
  if (!entry.options.hasComparison) return;
  const comparative = entry.options.comparativeStem ?? regularComparative(lemma);
  add(comparative, entry.options.comparativeStem !== undefined);
  for (const ending of ADJECTIVE_ENDINGS)
    add(comparative + ending, entry.options.comparativeStem !== undefined);
  const superlatives = entry.options.superlativeStem
    ? [entry.options.superlativeStem]
    : regularSuperlatives(lemma);
  for (const superlative of superlatives) {
    for (const ending of ADJECTIVE_ENDINGS)
      add(superlative + ending, entry.options.superlativeStem !== undefined);
  }
}

/** Stems that take the adjective endings: böse → bös(e), dunkel → dunkl(e), teuer → teur(e). */
function adjectiveStems(lemma: string): string[] {
  if (lemma.endsWith('e')) return [lemma.slice(0, -1)];
  if (lemma.endsWith('el')) return [lemma, lemma.slice(0, -2) + 'l'];
  if (/[aeiouäöü]er$/.test(lemma)) return [lemma, lemma.slice(0, -2) + 'r'];
  return [lemma];
}

function regularComparative(lemma: string): string {
  if (lemma.endsWith('e')) return lemma + 'r';
  if (lemma.endsWith('el')) return lemma.slice(0, -2) + 'ler';
  if (/[aeiouäöü]er$/.test(lemma)) return lemma.slice(0, -2) + 'rer';
  return lemma + 'er';
}

/** Superlative stems: -est after s, ß, z, x, sch, t, d and vowels (schlechteste, süßeste, neueste), -st otherwise. */
function regularSuperlatives(lemma: string): string[] {
  const base = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (base.endsWith('isch') || base.endsWith('end')) return [base + 'st'];
  if (base.endsWith('sch')) return [base + 'est', base + 'st'];
  if (/([sßzxtd]|[aeiouäöü])$/.test(base)) return [base + 'est'];
  return [base + 'st'];
}

function inflectNoun(entry: WordEntry, add: AddForm): void {
  const lemma = entry.lemma;
  add(lemma + (/(s|ß|x|z|sch)$/.test(lemma) ? 'es' : 's'), false);
  if (/[^aeiouäöüy]$/.test(lemma) && !/(s|ß|x|z|sch)$/.test(lemma) && lemma.length <= 8)
    add(lemma + 'es', false);
  const explicitPlurals = entry.options.plurals;
  const plurals = explicitPlurals ?? heuristicPlurals(lemma);
  for (const plural of plurals) {
    add(plural, explicitPlurals !== undefined);
    if (/(e|er|el)$/.test(plural)) add(plural + 'n', explicitPlurals !== undefined);
  }
}

function heuristicPlurals(lemma: string): string[] {
  const lower = lemma.toLowerCase();
  if (lower.endsWith('e')) return [lemma + 'n'];
  if (lower.endsWith('in') && lemma.length > 5) return [lemma + 'nen'];
  if (lower.endsWith('ismus')) return [lemma.slice(0, -2) + 'en'];
  if (lower.endsWith('nis')) return [lemma + 'se'];
  if (SUFFIXES_WITH_EN_PLURAL.some((suffix) => lower.endsWith(suffix))) return [lemma + 'en'];
  if (SUFFIXES_WITH_SAME_PLURAL.some((suffix) => lower.endsWith(suffix))) return [lemma];
  if (/[aiouy]$/.test(lower)) return [lemma + 's'];
  return [lemma + 'e', lemma + 'en', lemma + 's'];
}

function inflectVerb(entry: WordEntry, add: AddForm): void {
  const { lemma, options } = entry;
  const prefix = options.separablePrefix ?? '';
  if (!lemma.startsWith(prefix))
    throw new Error(`line ${entry.line}: "${lemma}" does not start with sep=${prefix}`);
  const core = lemma.slice(prefix.length);
  const stem = verbStem(core);
  const needsLinkingE = /([td]|[^lrhmn][mn])$/.test(stem);
  const second = /[sßzx]$/.test(stem) ? 't' : needsLinkingE ? 'est' : 'st';
  const third = needsLinkingE ? 'et' : 't';
  const presentForms = [stem + 'e', stem + second, stem + third, core];
  if (/eln$/.test(core)) presentForms.push(core.slice(0, -3) + 'le');
  const pastStem = stem + (needsLinkingE ? 'ete' : 'te');
  const pastForms = [pastStem, pastStem + 'st', pastStem + 'n', pastStem + 't'];
  for (const form of [...presentForms, ...pastForms]) add(prefix + form, false);
  if (options.preteriteStem) {
    const strong = options.preteriteStem;
    for (const form of [strong, strong + 'st', strong + 'en', strong + 't']) add(prefix + form, true);
  }
  if (prefix) add(prefix + 'zu' + core, false);
  const hasGe =
    !INSEPARABLE_PREFIXES.some((p) => core.startsWith(p) && core.length > p.length + 3) &&
    !core.endsWith('ieren');
  const participle = options.participle ?? prefix + (hasGe ? 'ge' : '') + stem + third;
  add(participle, options.participle !== undefined);
  const participleStems = participle.endsWith('e') ? [participle.slice(0, -1)] : [participle];
  for (const participleStem of participleStems) {
    for (const ending of ADJECTIVE_ENDINGS) add(participleStem + ending, false);
  }
  const presentParticiple = lemma + 'd';
  add(presentParticiple, false);
  for (const ending of ADJECTIVE_ENDINGS) add(presentParticiple + ending, false);
}

/** The stem that takes conjugation endings: hassen → hass, ekeln → ekel, ärgern → ärger, tun → tu. */
function verbStem(infinitive: string): string {
  if (/(eln|ern)$/.test(infinitive)) return infinitive.slice(0, -1);
  if (infinitive.endsWith('en')) return infinitive.slice(0, -2);
  if (infinitive.endsWith('n')) return infinitive.slice(0, -1);
  return infinitive;
}

/** Forms a compound modifier takes before its head, with the linking elements -s, -es, -n, -en and a dropped -e (Schandfleck). */
export function compoundModifierForms(lemma: string): string[] {
  const forms = [lemma, lemma + 's', lemma + 'es', lemma + 'n', lemma + 'en'];
  if (lemma.endsWith('e')) forms.push(lemma.slice(0, -1));
  return forms;
}

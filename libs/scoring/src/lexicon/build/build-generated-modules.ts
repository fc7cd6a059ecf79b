import { compileRiskLists } from './compile-risk-lists';
import { compileEmoji, compileIdioms, compileModifiers, compileToneLexicon } from './compile-tone-lexicon';
import { renderModifiersModule, renderRiskListsModule, renderToneLexiconModule } from './render-module';

/** The hand-written data files under libs/scoring/data that the generated modules come from. */
export const LEXICON_DATA_FILES = [
  'de-lexicon.tsv',
  'de-neutral.tsv',
  'de-modifiers.tsv',
  'de-idioms.tsv',
  'emoji.tsv',
  'de-insults.tsv',
  'de-profanity.tsv',
  'de-hate-terms.tsv',
  'de-threat-terms.tsv',
  'de-risk-phrases.tsv',
] as const;

/** A data file name under libs/scoring/data. */
export type LexiconDataFile = (typeof LEXICON_DATA_FILES)[number];

/** A module to write under libs/scoring/src/lexicon/generated. */
export interface GeneratedModule {
  readonly fileName: string;
  readonly content: string;
}

/** The result of a build: the modules, and warnings worth a look (forms two entries disagree on). */
export interface LexiconBuild {
  readonly modules: GeneratedModule[];
  readonly warnings: string[];
}

/** Compiles every data file into the generated modules; `readDataFile` returns a data file's text. */
export function buildGeneratedModules(readDataFile: (fileName: LexiconDataFile) => string): LexiconBuild {
  const lexicon = compileToneLexicon(readDataFile('de-lexicon.tsv'), 'de-lexicon.tsv', {
    fileName: 'de-neutral.tsv',
    source: readDataFile('de-neutral.tsv'),
  });
  const modifiers = compileModifiers(readDataFile('de-modifiers.tsv'), 'de-modifiers.tsv');
  const idioms = compileIdioms(readDataFile('de-idioms.tsv'), 'de-idioms.tsv');
  const emoji = compileEmoji(readDataFile('emoji.tsv'), 'emoji.tsv');
  const source = (fileName: LexiconDataFile) => ({ fileName, source: readDataFile(fileName) });
  const riskLists = compileRiskLists({
    lists: {
      insult: source('de-insults.tsv'),
      profanity: source('de-profanity.tsv'),
      hate: source('de-hate-terms.tsv'),
      threat: source('de-threat-terms.tsv'),
    },
    phrases: source('de-risk-phrases.tsv'),
  });
  return {
    modules: [
      { fileName: 'de-lexicon.ts', content: renderToneLexiconModule(lexicon) },
      { fileName: 'de-modifiers.ts', content: renderModifiersModule(modifiers, idioms, emoji) },
      { fileName: 'de-risk-lists.ts', content: renderRiskListsModule(riskLists) },
    ],
    warnings: lexicon.conflicts,
  };
}

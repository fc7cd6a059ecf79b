/** Reading GermEval 2018 files for the training and evaluation tools. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OffenseExample } from '../../libs/scoring/src/model/offense-training';

/** A GermEval 2018 tweet: text (|LBR| turned into a line break), coarse label, fine label. */
export interface GermEvalRow extends OffenseExample {
  readonly fineLabel: string;
}

/** The GermEval 2018 training file, from the repository root (../shared/datasets; CC BY 4.0, see its README). */
export const DEFAULT_GERMEVAL_TRAINING_PATH = join(
  process.cwd(),
  '../shared/datasets/germeval2018/training.txt',
);
/** GermEval's line-break marker inside a tweet. */
const LINE_BREAK_MARKER = /\|LBR\|/g;

/** Reads a GermEval 2018 file (text TAB OFFENSE|OTHER TAB fine label); the text gets real line breaks, as comments have. */
export function readGermEvalFile(path: string): GermEvalRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, '').split('\t'))
    .filter((fields) => fields.length >= 2 && fields[0].trim() !== '')
    .map(([text, coarse, fine]) => {
      if (coarse !== 'OFFENSE' && coarse !== 'OTHER') throw new Error(`${path}: unknown label ${coarse}`);
      return {
        text: text.replace(LINE_BREAK_MARKER, '\n'),
        isOffense: coarse === 'OFFENSE',
        fineLabel: fine ?? '',
      };
    });
}

/** The value after `--name` on the command line, if any. */
export function argumentValue(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

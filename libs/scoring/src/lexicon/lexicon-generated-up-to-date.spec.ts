import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGeneratedModules } from './build/build-generated-modules';

const dataDirectory = join(__dirname, '../../data');
const generatedDirectory = join(__dirname, 'generated');

describe('generated lexicon modules', () => {
  const build = buildGeneratedModules((fileName) => readFileSync(join(dataDirectory, fileName), 'utf8'));

  it.each(build.modules.map((module) => [module.fileName, module.content]))(
    '%s is up to date with the TSV files (rebuild with tools/scoring/build-lexicon.ts)',
    (fileName, content) => {
      expect(readFileSync(join(generatedDirectory, fileName), 'utf8') === content).toBe(true);
    },
  );
});

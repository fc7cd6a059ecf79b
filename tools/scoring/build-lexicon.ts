/**
 * Compiles libs/scoring/data/*.tsv into libs/scoring/src/lexicon/generated/*.ts.
 *   npx ts-node --transpile-only --project tools/scoring/tsconfig.json tools/scoring/build-lexicon.ts          writes the modules
 *   npx ts-node --transpile-only --project tools/scoring/tsconfig.json tools/scoring/build-lexicon.ts --check  fails when they are stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGeneratedModules } from '../../libs/scoring/src/lexicon/build/build-generated-modules';

const dataDirectory = join(__dirname, '../../libs/scoring/data');
const generatedDirectory = join(__dirname, '../../libs/scoring/src/lexicon/generated');
const isCheck = process.argv.includes('--check');

const build = buildGeneratedModules((fileName) => readFileSync(join(dataDirectory, fileName), 'utf8'));
if (process.argv.includes('--verbose'))
  for (const warning of build.warnings) console.warn(`conflict: ${warning}`);
console.log(`${build.warnings.length} form conflicts resolved by priority (run with --verbose to list them)`);

let staleCount = 0;
for (const module of build.modules) {
  const path = join(generatedDirectory, module.fileName);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = '';
  }
  if (current === module.content) {
    console.log(`up to date: ${module.fileName}`);
    continue;
  }
  staleCount++;
  if (isCheck) {
    console.error(`stale: ${module.fileName}`);
  } else {
    writeFileSync(path, module.content);
    console.log(`wrote: ${module.fileName} (${module.content.length} bytes)`);
  }
}
if (isCheck && staleCount > 0) process.exit(1);

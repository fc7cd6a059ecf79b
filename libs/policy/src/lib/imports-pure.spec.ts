import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCE_ROOT = join(__dirname, '..');
// `import … from 'x'`, `export … from 'x'` (also across lines) and the bare `import 'x'`.
const IMPORT_PATTERN = /^[ \t]*(?:(?:import|export)\b[^'";]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]/gm;
/** The libraries the policy may use: contracts for its types, the scorer's text machinery, the regex parser. */
const ALLOWED_IMPORTS = ['@tenor/contracts', '@tenor/scoring', '@eslint-community/regexpp'];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('what the library imports', () => {
  // The lint rules ban frameworks in shared libraries but not Node built-ins; the API and the dashboard may both
  // use this library, so it imports no Node module either.
  it('imports nothing but its own files, @tenor/contracts, @tenor/scoring and the regex parser', () => {
    const foreign = sourceFiles(SOURCE_ROOT).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT_PATTERN)]
        .map((match) => match[1])
        .filter((specifier) => !specifier.startsWith('.') && !ALLOWED_IMPORTS.includes(specifier))
        .map((specifier) => `${relative(SOURCE_ROOT, file)}: ${specifier}`),
    );
    expect(sourceFiles(SOURCE_ROOT).length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });
});

/**
 * The scoring library compiled to JavaScript once per version of its sources, for the tools that start often or
 * measure memory. ts-node transpiles the generated lexicon modules (well over 1 MB of TypeScript) on every start,
 * which takes seconds and over 100 MB; requiring the cached JavaScript takes about a tenth of a second. The output is
 * what ts-node --transpile-only runs (TypeScript's transpileModule with tools/scoring/tsconfig.json), kept in
 * node_modules/.cache/tenor-scoring/<hash of the sources and options>, written to a temporary directory and renamed,
 * so concurrent runs never see half a cache. Nothing has to be run first: the first start after a change builds it.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import * as ts from 'typescript';

/** The repository root. */
export const REPOSITORY_ROOT = join(__dirname, '../..');
/** The library's sources (specs excluded), relative to the root. */
const LIBRARY_SOURCE_DIRECTORY = 'libs/scoring/src';
const TOOLS_TSCONFIG = 'tools/scoring/tsconfig.json';
const CACHE_DIRECTORY = join(REPOSITORY_ROOT, 'node_modules/.cache/tenor-scoring');
/** Older compiled versions are deleted past this many, so editing the lexicon does not fill the disk. */
const KEPT_VERSIONS = 3;

/**
 * Compiles the library and `extraFiles` (repository-relative .ts paths) unless the current sources are compiled
 * already; returns the directory that mirrors the repository layout with .js files, e.g.
 * `<dir>/libs/scoring/src/index.js`.
 */
export function ensureCompiled(extraFiles: readonly string[] = []): string {
  const files = [...libraryFiles(), ...extraFiles].sort();
  const sources = files.map((file) => readFileSync(join(REPOSITORY_ROOT, file), 'utf8'));
  const options = compilerOptions();
  const hash = createHash('sha256').update(`${ts.version}\0${JSON.stringify(options)}`);
  files.forEach((file, index) => hash.update(`\0${file}\0${sources[index]}`));
  const directory = join(CACHE_DIRECTORY, hash.digest('hex').slice(0, 16));
  if (existsSync(directory)) return directory;

  const temporary = `${directory}.tmp-${process.pid}-${Date.now()}`;
  files.forEach((file, index) => {
    const { outputText } = ts.transpileModule(sources[index], { compilerOptions: options, fileName: file });
    const target = join(temporary, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  });
  try {
    renameSync(temporary, directory);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(directory)) throw error;
  }
  pruneOldVersions(directory);
  return directory;
}

function libraryFiles(): string[] {
  const files: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(join(REPOSITORY_ROOT, directory), { withFileTypes: true })) {
      const path = `${directory}/${entry.name}`;
      if (entry.isDirectory()) visit(path);
      else if (path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.d.ts'))
        files.push(path);
    }
  };
  visit(LIBRARY_SOURCE_DIRECTORY);
  return files;
}

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(REPOSITORY_ROOT, TOOLS_TSCONFIG), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (parsed === undefined) throw new Error(`cannot read ${TOOLS_TSCONFIG}`);
  return { ...parsed.options, noEmit: false, declaration: false, sourceMap: false };
}

function pruneOldVersions(current: string): void {
  const versions = readdirSync(CACHE_DIRECTORY, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.includes('.tmp-'))
    .map((entry) => join(CACHE_DIRECTORY, entry.name))
    .filter((path) => path !== current)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const old of versions.slice(KEPT_VERSIONS - 1)) rmSync(old, { recursive: true, force: true });
}

/** Where a repository-relative .ts file is in a compiled directory. */
export function compiledPath(directory: string, file: string): string {
  return join(directory, file.replace(/\.ts$/, '.js'));
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The file name of the worker bundle that the webpack build writes beside main.js. */
export const SCORING_WORKER_BUNDLE = 'scoring-worker.js';

const WORKER_SOURCE = join(__dirname, 'scoring-worker.ts');
const REPOSITORY_ROOT = join(__dirname, '../../../..');
const TSCONFIG = join(__dirname, '../../tsconfig.app.json');
const CACHE_DIRECTORY = join(REPOSITORY_ROOT, 'node_modules/.cache/tenor-scoring-worker');
// What the last compile of this checkout read, with sizes and times, so a start with nothing changed only stats them.
const MANIFEST = join(CACHE_DIRECTORY, `checkout-${createHash('sha256').update(REPOSITORY_ROOT).digest('hex').slice(0, 16)}.json`);
const TYPESCRIPT_PACKAGE = join(REPOSITORY_ROOT, 'node_modules/typescript/package.json');
// Older compiled versions are deleted past this many, so editing the lexicon does not fill the disk.
const KEPT_VERSIONS = 3;

/** A compiled copy of the worker and the files it was made from. */
interface Manifest {
  entry: string;
  files: { path: string; size: number; mtimeMs: number }[];
}

/**
 * The JavaScript file a scoring worker runs. In the webpack build it is the second bundle beside main.js. Run from
 * TypeScript sources (ts-node, Jest) a worker thread has no TypeScript loader, and registering ts-node in each worker
 * would cost seconds and over 100 MB; so the worker's sources are transpiled once per version into
 * node_modules/.cache/tenor-scoring-worker/<hash>, as ts-node --transpile-only would, and that copy is run.
 */
export async function scoringWorkerFile(): Promise<string> {
  if (!__filename.endsWith('.ts')) return join(__dirname, SCORING_WORKER_BUNDLE);
  return upToDateCopy() ?? compiledFromSources();
}

/** The compiled worker when none of the files it was made from changed since. */
function upToDateCopy(): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    const isUnchanged = manifest.files.every(({ path, size, mtimeMs }) => {
      const stats = statSync(path);
      return stats.size === size && stats.mtimeMs === mtimeMs;
    });
    return isUnchanged && existsSync(manifest.entry) ? manifest.entry : undefined;
  } catch {
    return undefined;
  }
}

function writeManifest(entry: string, files: string[]): void {
  const manifest: Manifest = { entry, files: files.map((path) => ({ path, size: statSync(path).size, mtimeMs: statSync(path).mtimeMs })) };
  const temporary = `${MANIFEST}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, MANIFEST);
}

/** A tsconfig file and the ones it extends. */
function configChain(ts: typeof import('typescript'), file: string): string[] {
  const extended = (ts.readConfigFile(file, ts.sys.readFile).config as { extends?: string } | undefined)?.extends;
  return extended === undefined ? [file] : [file, ...configChain(ts, join(dirname(file), extended))];
}

async function compiledFromSources(): Promise<string> {
  const ts = await import('typescript');
  const parsed = ts.getParsedCommandLineOfConfigFile(TSCONFIG, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (parsed === undefined) throw new Error(`cannot read ${TSCONFIG}`);
  const options = { ...parsed.options, noEmit: false, declaration: false, sourceMap: false, inlineSourceMap: false };

  // The worker's module graph: every TypeScript file it imports, directly or through the @tenor/* path aliases.
  const sources = new Map<string, { text: string; imports: Map<string, string> }>();
  const pending = [WORKER_SOURCE];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (sources.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    const imports = new Map<string, string>();
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport || resolved.extension !== ts.Extension.Ts) continue;
      imports.set(specifier, resolved.resolvedFileName);
      pending.push(resolved.resolvedFileName);
    }
    sources.set(file, { text, imports });
  }

  const files = [...sources.keys()].sort();
  const hash = createHash('sha256').update(`${ts.version}\0${JSON.stringify(options)}`);
  for (const file of files) hash.update(`\0${relative(REPOSITORY_ROOT, file)}\0${sources.get(file)?.text}`);
  const directory = join(CACHE_DIRECTORY, hash.digest('hex').slice(0, 16));
  const compiledPath = (file: string) => join(directory, relative(REPOSITORY_ROOT, file)).replace(/\.ts$/, '.js');
  const inputs = [...files, ...configChain(ts, TSCONFIG), TYPESCRIPT_PACKAGE];
  if (existsSync(directory)) {
    writeManifest(compiledPath(WORKER_SOURCE), inputs);
    return compiledPath(WORKER_SOURCE);
  }

  // Written to a temporary directory and renamed, so a concurrent start never runs half a copy.
  const temporary = `${directory}.tmp-${process.pid}-${Date.now()}`;
  const temporaryPath = (file: string) => join(temporary, relative(REPOSITORY_ROOT, file)).replace(/\.ts$/, '.js');
  for (const file of files) {
    const { text, imports } = sources.get(file) as { text: string; imports: Map<string, string> };
    let { outputText } = ts.transpileModule(text, { compilerOptions: options, fileName: file });
    for (const [specifier, target] of imports) {
      const path = relative(dirname(compiledPath(file)), compiledPath(target)).replace(/\\/g, '/');
      outputText = outputText.split(`require("${specifier}")`).join(`require("${path.startsWith('.') ? path : `./${path}`}")`);
    }
    mkdirSync(dirname(temporaryPath(file)), { recursive: true });
    writeFileSync(temporaryPath(file), outputText);
  }
  try {
    renameSync(temporary, directory);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(directory)) throw error;
  }
  pruneOldVersions(directory);
  writeManifest(compiledPath(WORKER_SOURCE), inputs);
  return compiledPath(WORKER_SOURCE);
}

function pruneOldVersions(current: string): void {
  const versions = readdirSync(CACHE_DIRECTORY, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.includes('.tmp-'))
    .map((entry) => join(CACHE_DIRECTORY, entry.name))
    .filter((path) => path !== current)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const old of versions.slice(KEPT_VERSIONS - 1)) rmSync(old, { recursive: true, force: true });
}

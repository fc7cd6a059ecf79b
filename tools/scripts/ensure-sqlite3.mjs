// npm may hold back dependency install scripts (and sqlite3 has no reachable prebuilt binary),
// so the root postinstall makes sure the native sqlite3 binding exists, building it from source once.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function bindingLoads() {
  try {
    require('sqlite3');
    return true;
  } catch {
    return false;
  }
}

/** npm ships node-gyp; prefer the copy of the npm that runs this install. */
function findNodeGyp() {
  const candidates = [];
  if (process.env.npm_execpath) {
    candidates.push(join(dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  candidates.push(join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    console.error('[tenor] node-gyp not found next to npm; cannot build sqlite3');
    process.exit(1);
  }
  return found;
}

/** Build against the local Node headers when they are installed, so nothing is downloaded. */
function nodeDirFlag() {
  const configured = process.env.npm_config_nodedir;
  if (configured) return ` --nodedir="${configured}"`;
  const systemPrefix = join(dirname(process.execPath), '..');
  return existsSync(join(systemPrefix, 'include', 'node', 'node_api.h')) ? ` --nodedir="${systemPrefix}"` : '';
}

if (bindingLoads()) {
  process.exit(0);
}
let packageDir;
try {
  packageDir = dirname(require.resolve('sqlite3/package.json'));
} catch {
  console.error('[tenor] sqlite3 is not installed; run npm install');
  process.exit(1);
}
console.log('[tenor] building the sqlite3 native binding from source (about 90 s, once)...');
execSync(`"${process.execPath}" "${findNodeGyp()}" rebuild --release${nodeDirFlag()}`, {
  cwd: packageDir,
  stdio: 'inherit',
});
if (!bindingLoads()) {
  console.error('[tenor] sqlite3 still does not load after building it');
  process.exit(1);
}
console.log('[tenor] sqlite3 binding ready');

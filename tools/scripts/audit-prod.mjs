// `npm run audit:prod`: `npm audit --omit=dev`, failing on any high or critical advisory in what production runs.
// The advisories come from the registry's audit endpoint; where that endpoint cannot be reached (this workplace's
// registry mirror answers 405), the script says so plainly and exits 0, or 3 with --strict, since no code here can
// fix a missing network path. It never reports "no findings" for an audit that did not run.
import { spawnSync } from 'node:child_process';

const isStrict = process.argv.includes('--strict');
const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = report?.error?.summary || report?.message || audit.stderr.trim().split('\n').pop() || 'no answer';
  console.log(`npm audit --omit=dev: NOT CHECKED: the advisory endpoint could not be reached (${reason}).`);
  console.log('Run `npm audit --omit=dev` where the npm registry\'s audit endpoint is reachable before deploying.');
  process.exit(isStrict ? 3 : 0);
}
const summary = ['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${level} ${counts[level] ?? 0}`).join(', ');
console.log(`npm audit --omit=dev: ${summary}`);
for (const [name, finding] of Object.entries(report.vulnerabilities ?? {})) {
  if (finding.severity === 'high' || finding.severity === 'critical') console.log(`  ${finding.severity}: ${name} ${finding.range}`);
}
process.exit((counts.high ?? 0) + (counts.critical ?? 0) > 0 ? 1 : 0);

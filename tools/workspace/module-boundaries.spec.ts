import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const NX_ENVIRONMENT = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

/**
 * Lints a snippet as if it were a file at `relativePath` (the real ESLint CLI and workspace config, reading
 * standard input) and returns the module-boundary messages.
 */
async function boundaryErrors(relativePath: string, source: string): Promise<string[]> {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', relativePath, '--format', 'json'],
    { cwd: ROOT, input: source, encoding: 'utf8', env: NX_ENVIRONMENT },
  );
  const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return report.messages
    .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
    .map((message) => message.message);
}

describe('dependency rules between projects', () => {
  beforeAll(() => {
    // The lint rule reads Nx's cached project graph; make sure it exists and is current.
    spawnSync(process.execPath, [join(ROOT, 'node_modules/nx/bin/nx.js'), 'show', 'projects'], {
      cwd: ROOT,
      env: NX_ENVIRONMENT,
      stdio: 'ignore',
    });
  });

  it('fails a pure library importing a framework', async () => {
    for (const [file, framework] of [
      ['libs/scoring/src/lib/probe.ts', '@nestjs/common'],
      ['libs/ingest/src/lib/probe.ts', 'typeorm'],
      ['libs/contracts/src/lib/probe.ts', '@angular/core'],
      ['libs/insights/src/lib/probe.ts', '@nestjs/common'],
    ]) {
      const errors = await boundaryErrors(file, `import * as framework from '${framework}';\nexport const probe = framework;\n`);
      expect(errors).toEqual([expect.stringContaining(framework)]);
    }
  });

  it('fails an import against the arrows (types → util, ui → data-access)', async () => {
    expect(
      await boundaryErrors('libs/contracts/src/lib/probe.ts', "import { createScorer } from '@tenor/scoring';\nexport const probe = createScorer;\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('libs/dashboard/ui/src/lib/probe.ts', "import { TenorApi } from '@tenor/dashboard/data-access';\nexport const probe = TenorApi;\n"),
    ).toHaveLength(1);
  });

  it('passes the arrows that are allowed', async () => {
    expect(
      await boundaryErrors('libs/scoring/src/lib/probe.ts', "import { parseFile } from '@tenor/ingest';\nexport const probe = parseFile;\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors('apps/api/src/probe.ts', "import { createScorer } from '@tenor/scoring';\nexport const probe = createScorer;\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors('libs/scoring/src/lib/probe.ts', "import type { ScoreResult } from '@tenor/contracts';\nexport type Probe = ScoreResult;\n"),
    ).toEqual([]);
  });
});

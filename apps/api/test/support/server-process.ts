import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

// ts-node and the source paths below resolve against the repository root (the same folder as test-app's).
const REPOSITORY_ROOT = join(__dirname, '../../../..');
// Transpiling the API under ts-node on two busy cores took 15-25 s; the margin is for slower machines.
const DEFAULT_START_TIMEOUT_MS = 180_000;
// How often a starting server's health endpoint is asked.
const HEALTH_POLL_MS = 250;
// Server log lines kept for error messages and reports.
const KEPT_LOG_LINES = 200;

/**
 * The `node` arguments that run a TypeScript entry point of the API (a path from the repository root) from its
 * current sources under ts-node, as the package scripts do without a build; `nodeFlags` go to node itself.
 */
export function fromSources(entry: string, nodeFlags: readonly string[] = []): string[] {
  return [
    ...nodeFlags,
    'node_modules/ts-node/dist/bin.js',
    '-r',
    'tsconfig-paths/register',
    '--transpile-only',
    '-P',
    'apps/api/tsconfig.app.json',
    entry,
  ];
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** How to start the server. */
export interface ServerStart {
  /** Environment variables set on top of this process's (TENOR_PORT comes from `port`). */
  env: Record<string, string>;
  /** The loopback port to listen on; a free one by default. */
  port?: number;
  /** Flags for node itself, before ts-node (such as a heap setting). */
  nodeFlags?: readonly string[];
  /** How long the server may take until its health endpoint answers; 180 s by default. */
  startTimeoutMs?: number;
  /** Log lines that report a fault, whatever the HTTP status said; none by default. */
  faultPattern?: RegExp;
  /** What becomes of the server's output: kept (for the log tail and the faults) or dropped; kept by default. */
  output?: 'kept' | 'dropped';
}

/** The API server run from its sources in a child process, with the tail of its log and the faults it logged. */
export class ServerProcess {
  readonly port: number;
  readonly url: string;
  private readonly child: ChildProcess;
  private readonly faultPattern: RegExp | undefined;
  private readonly logLines: string[] = [];
  private readonly faultLines: string[] = [];
  private readonly exited: Promise<void>;

  private constructor(port: number, options: ServerStart) {
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
    this.faultPattern = options.faultPattern;
    this.child = spawn(process.execPath, fromSources('apps/api/src/main.ts', options.nodeFlags), {
      cwd: REPOSITORY_ROOT,
      stdio: options.output === 'dropped' ? 'ignore' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env, TENOR_PORT: String(port) },
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    for (const stream of [this.child.stdout, this.child.stderr]) {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) this.keep(line);
      });
    }
  }

  /** Starts the server and waits until its health endpoint answers. */
  static async start(options: ServerStart): Promise<ServerProcess> {
    const server = new ServerProcess(options.port ?? (await freePort()), options);
    const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (server.hasExited)
        throw new Error(
          `the server exited with code ${server.child.exitCode} before it was healthy:\n${server.logTail(40)}`,
        );
      try {
        if ((await fetch(`${server.url}/api/health`)).ok) return server;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
    }
    await server.kill();
    throw new Error(`the server was not healthy after ${timeoutMs / 1000} s:\n${server.logTail(40)}`);
  }

  /** The child's process id. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Whether the process has ended. */
  get hasExited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Log lines that match the fault pattern. */
  get faults(): readonly string[] {
    return this.faultLines;
  }

  /** The last lines of the server's log. */
  logTail(lines: number): string {
    return this.logLines.slice(-lines).join('\n');
  }

  /**
   * Asks the server to shut down (SIGTERM: Nest closes the HTTP server and the database) and waits for it;
   * returns whether it exited in time, otherwise it is killed.
   */
  async stop(timeoutMs: number): Promise<boolean> {
    if (this.hasExited) return true;
    this.child.kill('SIGTERM');
    const isStopped = await Promise.race([
      this.exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
    ]);
    if (!isStopped) await this.kill();
    return isStopped;
  }

  /** Kills the server at once (a crash, or cleanup after a failure or an interrupt); resolves once it has ended. */
  kill(): Promise<void> {
    if (!this.hasExited) this.child.kill('SIGKILL');
    return this.exited;
  }

  private keep(line: string): void {
    this.logLines.push(line);
    if (this.logLines.length > KEPT_LOG_LINES) this.logLines.shift();
    if (this.faultPattern?.test(line)) this.faultLines.push(line);
  }
}

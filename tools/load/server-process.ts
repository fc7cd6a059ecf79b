import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The repository root (the server resolves the seed folder and its scoring worker against it). */
export const REPOSITORY_ROOT = join(__dirname, '../..');

// The server under ts-node, as the crash-safety test starts it: the current sources, no build needed.
const SERVER_COMMAND = [
  'node_modules/ts-node/dist/bin.js',
  '-r',
  'tsconfig-paths/register',
  '--transpile-only',
  '-P',
  'apps/api/tsconfig.app.json',
  'apps/api/src/main.ts',
];
// Transpiling the API under ts-node on two busy cores took 15-25 s; the margin is for slower machines.
const START_TIMEOUT_MS = 180_000;
// Server log lines kept for the report when something goes wrong.
const KEPT_LOG_LINES = 200;
// Lines of the server's log that show a database or server fault, whatever the HTTP status said.
const FAULT_PATTERN =
  /SQLITE_BUSY|SQLITE_|deadlock|TransactionNotStarted|QueryFailedError|Unhandled|ERROR \[ExceptionsHandler\]/i;

/** Where and how to start the server. */
export interface ServerOptions {
  port: number;
  databasePath: string;
  dashboardDir: string;
  admin: { username: string; password: string };
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

/** The Tenor server in a child process, with the tail of its log and the faults it logged. */
export class ServerProcess {
  readonly url: string;
  private readonly child: ChildProcess;
  private readonly logLines: string[] = [];
  private readonly faultLines: string[] = [];
  private exited: Promise<void>;

  private constructor(options: ServerOptions) {
    this.url = `http://127.0.0.1:${options.port}`;
    this.child = spawn(process.execPath, SERVER_COMMAND, {
      cwd: REPOSITORY_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TENOR_HOST: '127.0.0.1',
        TENOR_PORT: String(options.port),
        TENOR_DATABASE_PATH: options.databasePath,
        DATABASE_URL: '',
        TENOR_DASHBOARD_DIR: options.dashboardDir,
        TENOR_SEED_DIR: join(REPOSITORY_ROOT, 'data/seeds'),
        TENOR_SEED_ON_EMPTY: 'true',
        TENOR_ADMIN_USERNAME: options.admin.username,
        TENOR_ADMIN_PASSWORD: options.admin.password,
        // The load test measures capacity, not the ingest limiter.
        TENOR_INGEST_REQUESTS_PER_MINUTE: '1000000',
      },
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
  static async start(options: ServerOptions): Promise<ServerProcess> {
    const server = new ServerProcess(options);
    const deadline = Date.now() + START_TIMEOUT_MS;
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
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    server.kill();
    throw new Error(`the server was not healthy after ${START_TIMEOUT_MS / 1000} s:\n${server.logTail(40)}`);
  }

  /** The child's process id. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Whether the process has ended. */
  get hasExited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Log lines that report a database or server fault. */
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
    if (!isStopped) {
      this.kill();
      await this.exited;
    }
    return isStopped;
  }

  /** Kills the server at once (cleanup after a failure or an interrupt). */
  kill(): void {
    if (!this.hasExited) this.child.kill('SIGKILL');
  }

  private keep(line: string): void {
    this.logLines.push(line);
    if (this.logLines.length > KEPT_LOG_LINES) this.logLines.shift();
    if (FAULT_PATTERN.test(line)) this.faultLines.push(line);
  }
}

/** Progress of one file, drawn on a terminal line (or logged every few seconds when not a terminal). */
export class IngestProgress {
  private readonly startedAt = Date.now();
  private lastDrawnAt = 0;

  constructor(
    private readonly label: string,
    private readonly totalBytes: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  /** Redraws at most every 200 ms on a terminal, every 5 s otherwise. */
  update(bytesRead: number, comments: number, isFinal = false): void {
    const now = Date.now();
    const interval = this.stream.isTTY ? 200 : 5000;
    if (!isFinal && now - this.lastDrawnAt < interval) return;
    this.lastDrawnAt = now;
    const seconds = Math.max((now - this.startedAt) / 1000, 0.001);
    const share = this.totalBytes > 0 ? Math.min(bytesRead / this.totalBytes, 1) : 1;
    const rate = comments / seconds;
    const remaining = share > 0 ? (seconds / share) * (1 - share) : 0;
    const width = 24;
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
    const line = `${this.label} ${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${comments.toLocaleString('en')} comments  ${Math.round(rate).toLocaleString('en')}/s  ETA ${formatDuration(isFinal ? 0 : remaining)}`;
    this.stream.write(this.stream.isTTY ? `\r${line}\u001b[K${isFinal ? '\n' : ''}` : `${line}\n`);
  }
}

/** m:ss or h:mm:ss. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

import type { LogCapture } from '../../model/runtime';

type Stream = 'stdout' | 'stderr';

/**
 * Terminal escape sequences (CSI colours and cursor moves, OSC titles and
 * links, two-byte escapes) and the other control characters but tab: kept
 * lines end up in comments and reports, where a colour code is garbage and a
 * stray control character can be worse.
 */
const TERMINAL_CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f]/g;

/** A line as a person should read it: escape sequences and control characters removed. */
export function inert(text: string): string {
  return text.replace(TERMINAL_CONTROL, '');
}

/** The last line with something in it, trimmed and cut: the line that usually says why a process ended. */
export function lastMeaningfulLine(lines: readonly string[] | undefined, max = 300): string | undefined {
  for (let i = (lines?.length ?? 0) - 1; i >= 0; i--) {
    const line = inert(lines![i]!).trim();
    if (line) return line.length > max ? `${line.slice(0, max)}…` : line;
  }
  return undefined;
}
type Line = { stream: Stream; text: string };

/**
 * Counts bytes and lines of the app's output and keeps only the first and
 * last lines. Work per chunk is one newline scan plus at most `tailMax` line
 * copies, so a gigabyte of logs costs time, not memory.
 */
export class LogCollector {
  private readonly bytes = { stdout: 0, stderr: 0 };
  private readonly lines = { stdout: 0, stderr: 0 };
  /** Bytes after the last newline, kept (bounded) until the line completes. */
  private readonly partial: Record<Stream, string> = { stdout: '', stderr: '' };
  private readonly head: Line[] = [];
  private tail: Line[] = [];
  private dropped = false;

  constructor(
    private readonly headMax = 50,
    private readonly tailMax = 100,
    private readonly lineMax = 2000,
  ) {}

  push(stream: Stream, chunk: Buffer): void {
    this.bytes[stream] += chunk.length;
    let count = 0;
    let i = chunk.indexOf(10);
    while (i !== -1) {
      count++;
      i = chunk.indexOf(10, i + 1);
    }
    this.lines[stream] += count;
    if (count === 0) {
      this.appendPartial(stream, chunk);
      return;
    }
    // Lines we need as text: the first ones while the head is not full, and the last `tailMax`.
    const firstEnd = chunk.indexOf(10);
    const joined = this.partial[stream] + this.cut(chunk.subarray(0, firstEnd));
    const firstLine = joined.length > this.lineMax ? `${joined.slice(0, this.lineMax)}…` : joined;
    this.partial[stream] = '';
    const texts: string[] = [firstLine];
    const wantHead = this.headMax - this.head.length;
    const want = Math.max(wantHead, this.tailMax);
    if (count > 1) {
      if (count - 1 <= want) {
        let start = firstEnd + 1;
        for (let n = 1; n < count; n++) {
          const end = chunk.indexOf(10, start);
          texts.push(this.cut(chunk.subarray(start, end)));
          start = end + 1;
        }
      } else {
        // Head part from the front, tail part from the back; the middle is only counted.
        let start = firstEnd + 1;
        for (let n = 0; n < wantHead; n++) {
          const end = chunk.indexOf(10, start);
          texts.push(this.cut(chunk.subarray(start, end)));
          start = end + 1;
        }
        const back: string[] = [];
        let end = chunk.lastIndexOf(10);
        for (let n = 0; n < this.tailMax; n++) {
          const s = chunk.lastIndexOf(10, end - 1);
          back.push(this.cut(chunk.subarray(s + 1, end)));
          end = s;
        }
        this.dropped = true;
        texts.push(...back.reverse());
      }
    }
    for (const text of texts) this.add({ stream, text });
    const lastNl = chunk.lastIndexOf(10);
    if (lastNl < chunk.length - 1) this.appendPartial(stream, chunk.subarray(lastNl + 1));
  }

  private cut(buf: Buffer): string {
    const b = buf.length > this.lineMax * 4 ? buf.subarray(0, this.lineMax * 4) : buf;
    const s = b.toString('utf8').replace(/\r$/, '');
    return s.length > this.lineMax ? `${s.slice(0, this.lineMax)}…` : s;
  }

  private appendPartial(stream: Stream, buf: Buffer): void {
    if (this.partial[stream].length >= this.lineMax) return;
    const joined = this.partial[stream] + this.cut(buf);
    this.partial[stream] = joined.length > this.lineMax ? `${joined.slice(0, this.lineMax)}…` : joined;
  }

  /** Lines are made inert once whole, so an escape sequence split across chunks is still removed. */
  private add(raw: Line): void {
    const line = { stream: raw.stream, text: inert(raw.text) };
    if (this.head.length < this.headMax) {
      this.head.push(line);
      return;
    }
    this.tail.push(line);
    if (this.tail.length > this.tailMax * 2) {
      this.tail = this.tail.slice(-this.tailMax);
      this.dropped = true;
    }
  }

  /** Last lines across both streams, newest last (for exit messages). */
  lastLines(n: number): string[] {
    return this.last(n).map((l) => l.text);
  }

  /**
   * The line that most likely says why the process ended: the last one on
   * stderr among the last `n`, else the last one at all. The engine copies
   * stdout and stderr apart, so a progress line printed before the error can
   * arrive after it; the error is the one on stderr.
   */
  lastReason(n = 20): string | undefined {
    const recent = this.last(n);
    return lastMeaningfulLine(recent.filter((l) => l.stream === 'stderr').map((l) => l.text)) ?? lastMeaningfulLine(recent.map((l) => l.text));
  }

  private last(n: number): Line[] {
    const all = [...this.head, ...this.tail];
    for (const s of ['stdout', 'stderr'] as const) if (this.partial[s]) all.push({ stream: s, text: inert(this.partial[s]) });
    return all.slice(-n);
  }

  snapshot(): LogCapture {
    const tail = [...this.tail];
    for (const s of ['stdout', 'stderr'] as const) if (this.partial[s]) tail.push({ stream: s, text: inert(this.partial[s]) });
    const kept = tail.slice(-this.tailMax);
    return {
      stdoutBytes: this.bytes.stdout,
      stderrBytes: this.bytes.stderr,
      stdoutLines: this.lines.stdout + (this.partial.stdout ? 1 : 0),
      stderrLines: this.lines.stderr + (this.partial.stderr ? 1 : 0),
      head: [...this.head],
      tail: kept,
      truncated: this.dropped || kept.length < tail.length,
    };
  }
}

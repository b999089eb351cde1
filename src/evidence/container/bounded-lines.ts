/** Keeps the last `max` lines, each cut to `maxLineChars`; memory stays bounded whatever the input. */
export class BoundedLines {
  private readonly buf: string[] = [];
  dropped = 0;

  constructor(
    private readonly max: number,
    private readonly maxLineChars = 2000,
  ) {}

  push(line: string): void {
    this.buf.push(line.length > this.maxLineChars ? `${line.slice(0, this.maxLineChars)}…` : line);
    if (this.buf.length > this.max) {
      this.buf.shift();
      this.dropped++;
    }
  }

  lines(): string[] {
    return [...this.buf];
  }
}

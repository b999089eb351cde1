/**
 * Decodes the engine's BuildKit progress (`moby.buildkit.trace` aux payloads:
 * base64 protobuf `moby.buildkit.v1.StatusResponse`). Only the fields we show
 * are read: vertex names, errors and log lines. A hand-rolled reader keeps the
 * bundle free of .proto files loaded from disk at runtime.
 */

export interface BuildkitVertex {
  digest: string;
  name: string;
  error?: string;
  cached?: boolean;
  completed?: boolean;
}

export interface BuildkitLog {
  vertex: string;
  stream: number;
  data: Buffer;
}

export interface BuildkitStatus {
  vertexes: BuildkitVertex[];
  logs: BuildkitLog[];
}

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  get done(): boolean {
    return this.pos >= this.buf.length;
  }
  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error('truncated varint');
      const b = this.buf[this.pos++]!;
      // Values above 2^53 (timestamps in ns) lose precision; we only need small ones exactly.
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
      if (shift > 63) throw new Error('varint too long');
    }
  }
  bytes(): Buffer {
    const len = this.varint();
    const end = this.pos + len;
    if (end > this.buf.length) throw new Error('truncated field');
    const out = this.buf.subarray(this.pos, end);
    this.pos = end;
    return out;
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.pos += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
}

function fields(buf: Buffer, on: (field: number, wire: number, r: Reader) => void): void {
  const r = new Reader(buf);
  while (!r.done) {
    const key = r.varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    const before = r.pos;
    on(field, wire, r);
    if (r.pos === before) r.skip(wire);
  }
}

function vertex(buf: Buffer): BuildkitVertex {
  const v: BuildkitVertex = { digest: '', name: '' };
  fields(buf, (f, w, r) => {
    if (w !== 2 && !(f === 4 && w === 0)) return;
    if (f === 1) v.digest = r.bytes().toString('utf8');
    else if (f === 3) v.name = r.bytes().toString('utf8');
    else if (f === 4) v.cached = r.varint() !== 0;
    else if (f === 6) {
      r.bytes();
      v.completed = true;
    } else if (f === 7) v.error = r.bytes().toString('utf8');
  });
  return v;
}

function log(buf: Buffer): BuildkitLog {
  const l: BuildkitLog = { vertex: '', stream: 1, data: Buffer.alloc(0) };
  fields(buf, (f, w, r) => {
    if (f === 1 && w === 2) l.vertex = r.bytes().toString('utf8');
    else if (f === 3 && w === 0) l.stream = r.varint();
    else if (f === 4 && w === 2) l.data = Buffer.from(r.bytes());
  });
  return l;
}

/** Decodes one aux payload; a malformed payload yields an empty status rather than failing the build. */
export function decodeBuildkitStatus(base64: string): BuildkitStatus {
  const status: BuildkitStatus = { vertexes: [], logs: [] };
  try {
    fields(Buffer.from(base64, 'base64'), (f, w, r) => {
      if (w !== 2) return;
      if (f === 1) status.vertexes.push(vertex(r.bytes()));
      else if (f === 3) status.logs.push(log(r.bytes()));
    });
  } catch {
    // Partial decode is still useful progress.
  }
  return status;
}

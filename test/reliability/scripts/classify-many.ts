// Classifies a synthetic `docker diff` of N written files in a child process, so a
// quadratic regression ends in the parent's kill timer instead of a test worker
// blocked for hours. Prints RESULT <json> with the classification summary and its time.
import { classifyDiff } from '../../../src/evidence/container/fs-diff';
import type { FsChange } from '../../../src/evidence/container/docker';

const n = Number(process.argv[2] ?? 100_000);
const changes: FsChange[] = [{ path: '/app', kind: 'changed' }, { path: '/app/data', kind: 'added' }];
for (let i = 0; i < n; i++) changes.push({ path: `/app/data/d${i % 100}/f${i}`, kind: 'added' });
for (let i = 0; i < 100; i++) changes.push({ path: `/app/data/d${i}`, kind: 'added' });
const t0 = performance.now();
const c = classifyDiff(changes);
const ms = performance.now() - t0;
const summary = c as unknown as Record<string, unknown>;
console.log(`RESULT ${JSON.stringify({ ms, shown: c.written.length, total: summary.total, capped: summary.capped, first: c.written[0] })}`);

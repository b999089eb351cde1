import { describe, expect, it } from 'vitest';
import { commandText, finalStage, lastInStage, parseDockerfile } from '../../../src/evidence/repo/parsers/dockerfile';

describe('parseDockerfile', () => {
  it('reads multi-stage builds with ARG substitution, flags and exec form', () => {
    const df = parseDockerfile(
      [
        'ARG BASE=node:22.11-slim',
        'FROM --platform=linux/amd64 ${BASE} AS build',
        'RUN npm ci \\',
        '  # a comment inside a continuation',
        '  && npm run build',
        'FROM build AS test',
        'FROM gcr.io/distroless/nodejs22@sha256:abc',
        'COPY --from=build /app /app',
        'EXPOSE 3000/tcp',
        'STOPSIGNAL SIGINT',
        'HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]',
        'CMD ["server.js"]',
      ].join('\n'),
    );
    expect(df.stages).toHaveLength(3);
    expect(df.stages[0]!.from).toMatchObject({ image: 'node:22.11-slim', repository: 'node', tag: '22.11-slim', platform: 'linux/amd64', name: 'build', line: 2 });
    expect(df.stages[1]!.from.fromStage).toBe(true);
    expect(df.stages[2]!.from).toMatchObject({ repository: 'gcr.io/distroless/nodejs22', digest: 'sha256:abc' });
    const run = df.instructions.find((i) => i.keyword === 'RUN')!;
    expect(run.body).toBe('npm ci  && npm run build');
    expect([run.line, run.endLine]).toEqual([3, 5]);
    const last = finalStage(df)!;
    expect(lastInStage(df, last, 'CMD')!.exec).toEqual(['server.js']);
    expect(lastInStage(df, last, 'STOPSIGNAL')!.body).toBe('SIGINT');
    expect(lastInStage(df, last, 'HEALTHCHECK')!.exec).toEqual(['curl', '-f', 'http://localhost/']);
    expect(df.instructions.find((i) => i.keyword === 'COPY')!.flags.from).toBe('build');
    expect(df.diagnostics).toEqual([]);
  });

  it('honours the escape directive and heredocs', () => {
    const df = parseDockerfile(['# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN echo a `', '  b', 'RUN <<EOF', 'apt-get update', 'curl https://x | sh', 'EOF', 'CMD node app.js'].join('\n'));
    expect(df.escape).toBe('`');
    expect(df.instructions[1]!.body).toBe('echo a  b');
    const heredoc = df.instructions[2]!;
    expect(heredoc.heredocs[0]!.body).toBe('apt-get update\ncurl https://x | sh');
    expect(commandText(heredoc)).toContain('curl https://x | sh');
    expect(df.instructions[3]!.exec).toBeUndefined();
    expect(df.instructions[3]!.line).toBe(9);
  });

  it('reads ENV and ARG forms and reports what it cannot read with file:line', () => {
    const df = parseDockerfile(['FROM alpine:3.20', 'ENV A=1 B="two words"', 'ENV LEGACY some value', 'ARG TOKEN', 'BOGUS thing', 'CMD ["broken"', 'RUN <<EOF', 'never closed'].join('\n'), 'x/Dockerfile');
    expect(df.envs.map((e) => [e.keyword, e.name, e.value])).toEqual([
      ['ENV', 'A', '1'],
      ['ENV', 'B', 'two words'],
      ['ENV', 'LEGACY', 'some value'],
      ['ARG', 'TOKEN', undefined],
    ]);
    const lines = df.diagnostics.map((d) => [d.file, d.line]);
    expect(lines).toContainEqual(['x/Dockerfile', 5]);
    expect(lines).toContainEqual(['x/Dockerfile', 6]);
    expect(lines).toContainEqual(['x/Dockerfile', 7]);
  });

  it('never throws on arbitrary input', () => {
    for (const t of ['', '\\', 'FROM', 'FROM ${', '<<EOF', '# escape=x\nFROM a', '\u0000\u0001', 'RUN '.repeat(1000)]) expect(() => parseDockerfile(t)).not.toThrow();
  });
});

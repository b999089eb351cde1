import type { Diagnostic, StageStatus } from '../../model/report';
import type { BuildFile, ReleaseFile, RuntimeFile } from '../../model/stages';
import { displayPath, readStageFileIfPresent, STAGE_FILE_NAMES, type StageKind, stageFilePath } from './files';
import { verifyRelease } from './release-id';

/** What the report stage can trust from the artifacts directory, and what it says about the rest. */
export interface LoadedStages {
  /** Stage files that read, validated and agree with each other; anything else is left out. */
  build?: BuildFile;
  release?: ReleaseFile;
  runtime?: RuntimeFile;
  /** build, release and run, each with why it is not `ok`. */
  stages: StageStatus[];
  diagnostics: Diagnostic[];
  /** Why runtime checks have nothing to judge, naming the first stage that did not happen. */
  runtimeAbsentReason?: string;
}

type Read<T> = { file?: T; problem?: string };

function tryRead<K extends StageKind>(dir: string, kind: K): Read<NonNullable<ReturnType<typeof readStageFileIfPresent<K>>>> {
  try {
    const file = readStageFileIfPresent(dir, kind);
    return file ? { file } : {};
  } catch (e) {
    return { problem: (e as Error).message };
  }
}

/**
 * Reads build.json, release.json and runtime.json for the report. Never
 * throws: a missing, unreadable or inconsistent file becomes a stage status
 * with the reason, and the report goes on with what it can judge.
 */
export function loadStages(dir: string): LoadedStages {
  const diagnostics: Diagnostic[] = [];
  const absent = (kind: StageKind) =>
    `${STAGE_FILE_NAMES[kind]} not found in ${displayPath(dir)}: the ${kind} stage did not run, or its artifacts were not passed to this job`;
  const problem = (kind: StageKind, message: string): StageStatus => {
    diagnostics.push({ severity: 'error', message, file: displayPath(stageFilePath(dir, kind)) });
    return { stage: kind === 'run' ? 'run' : (kind as 'build' | 'release'), status: 'failed', reason: message };
  };

  // build
  const b = tryRead(dir, 'build');
  let build: BuildFile | undefined;
  let buildStatus: StageStatus;
  if (b.problem) buildStatus = problem('build', b.problem);
  else if (!b.file) buildStatus = { stage: 'build', status: 'absent', reason: absent('build') };
  else {
    build = b.file;
    buildStatus =
      b.file.status === 'ok'
        ? { stage: 'build', status: 'ok' }
        : { stage: 'build', status: 'failed', reason: buildFailure(b.file) };
  }

  // release
  const r = tryRead(dir, 'release');
  let release: ReleaseFile | undefined;
  let releaseStatus: StageStatus;
  if (r.problem) releaseStatus = problem('release', r.problem);
  else if (!r.file) releaseStatus = upstreamOrAbsent('release', buildStatus, absent('release'));
  else {
    const why = releaseInconsistency(r.file, build, displayPath(stageFilePath(dir, 'release')));
    if (why) releaseStatus = problem('release', why);
    else {
      release = r.file;
      releaseStatus = { stage: 'release', status: 'ok' };
    }
  }

  // run
  const u = tryRead(dir, 'run');
  let runtime: RuntimeFile | undefined;
  let runStatus: StageStatus;
  if (u.problem) runStatus = problem('run', u.problem);
  else if (!u.file) runStatus = upstreamOrAbsent('run', releaseStatus, absent('run'));
  else if (u.file.status !== 'ok' || !u.file.facts) {
    runStatus = { stage: 'run', status: 'failed', reason: u.file.error ?? 'runtime.json records a failed run without a reason' };
  } else {
    const why = runtimeInconsistency(u.file, release, displayPath(stageFilePath(dir, 'run')));
    if (why) runStatus = problem('run', why);
    else {
      runtime = u.file;
      runStatus = { stage: 'run', status: 'ok' };
    }
  }

  const stages = [buildStatus, releaseStatus, runStatus];
  const firstGap = stages.find((s) => s.status !== 'ok');
  return {
    ...(build ? { build } : {}),
    ...(release ? { release } : {}),
    ...(runtime ? { runtime } : {}),
    stages,
    diagnostics,
    ...(firstGap ? { runtimeAbsentReason: `not verified at runtime: ${firstGap.stage} stage ${firstGap.status}${firstGap.reason ? ` (${firstGap.reason})` : ''}` } : {}),
  };
}

function buildFailure(build: BuildFile): string {
  if (!build.error) return 'build.json records a failed build without a reason';
  const step = build.error.step ? ` at ${build.error.step}` : '';
  return `build failed${step}: ${build.error.message}`;
}

/** A missing downstream file after an upstream gap is "skipped" because of that gap, not merely absent. */
function upstreamOrAbsent(stage: 'release' | 'run', upstream: StageStatus, absentReason: string): StageStatus {
  if (upstream.status === 'ok') return { stage, status: 'absent', reason: absentReason };
  const what = { failed: 'failed', skipped: 'was skipped', absent: 'did not run' }[upstream.status];
  return { stage, status: 'skipped', reason: `not run because the ${upstream.stage} stage ${what}` };
}

function releaseInconsistency(release: ReleaseFile, build: BuildFile | undefined, shown: string): string | undefined {
  try {
    verifyRelease(release, shown);
  } catch (e) {
    return (e as Error).message;
  }
  if (build?.imageId && build.imageId !== release.imageId) {
    return `${shown}: names image ${release.imageId}, but build.json built ${build.imageId}; expected the release of the image this build produced`;
  }
  return undefined;
}

function runtimeInconsistency(runtime: RuntimeFile, release: ReleaseFile | undefined, shown: string): string | undefined {
  const ran = runtime.facts?.imageId ?? runtime.imageId;
  if (release && ran !== release.imageId) {
    return `${shown}: ran image ${ran}, but release.json released ${release.imageId}; expected a run of the released image`;
  }
  if (release && runtime.releaseId !== undefined && runtime.releaseId !== release.releaseId) {
    return `${shown}: ran release ${runtime.releaseId}, but release.json is ${release.releaseId}; expected a run of this release`;
  }
  return undefined;
}

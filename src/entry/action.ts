import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { type CommandName, COMMANDS, runCommand } from '../pipeline/commands';
import type { BaselineSource } from '../pipeline/baseline';
import { findBaseReport } from '../deliver/github/base-report';
import { eventFacts, readEvent } from '../deliver/github/event';
import { basicAuthValue, checkoutCommit } from '../util/git';
import { exitCodeFor } from '../judge/exit-policy';
import { repositoryFromEnv } from './cli-main';
import { REPORT_FILES } from '../pipeline/stages/files';
import { deliver } from '../deliver/github/deliver';
import { ActionLog } from '../deliver/github/echo';
import { cutToBytes } from '../deliver/github/summary';
import type { Report } from '../model/report';
import { FAIL_ON, type FailOn } from '../model/verdict';
import { renderMarkdown } from '../render/markdown';

/** GitHub caps a step summary at 1 MiB (bytes, not characters); the full report is always in the artifacts directory. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024;
/** This action's own checkout (dist/action.js sits one level down): never part of a build context it audits. */
const ACTION_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Everything this step prints goes through one writer: progress, build and
 * container output and delivery messages inert, our own workflow commands
 * (groups, outputs, notices, annotations, setFailed) with commands switched on.
 */
const log = new ActionLog((line) => process.stdout.write(`${line}\n`));

/** Each stage folded into its own log group, with its duration. */
const logGroups = {
  start: (stage: string) => log.command(() => core.startGroup(`twelve-factor-audit: ${stage}`)),
  end: (stage: string, ms: number, outcome: 'ok' | 'failed') => {
    log.line(`${stage} ${outcome === 'ok' ? 'done' : 'failed'} in ${(ms / 1000).toFixed(1)} s`);
    log.command(() => core.endGroup());
  },
};

function input(name: string): string {
  return core.getInput(name).trim();
}

function boolInput(name: string, fallback: boolean): boolean {
  const v = input(name).toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new Error(`input "${name}" must be true or false, got "${v}"`);
}

async function main(): Promise<void> {
  const command = (input('command') || 'all') as CommandName;
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new Error(`input "command" must be one of ${COMMANDS.join(', ')}, got "${command}"`);
  }
  // The workflow decides when the step fails, not the repository's config (which a pull request can edit).
  const failOnInput = input('fail-on') || 'fail';
  if (!(FAIL_ON as readonly string[]).includes(failOnInput)) {
    throw new Error(`input "fail-on" must be one of ${FAIL_ON.join(', ')}, got "${failOnInput}"`);
  }
  const repoRoot = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const baseline = ['audit', 'report', 'all'].includes(command) ? await baselineSource(repoRoot) : undefined;
  // Stage files live in the runner's temp directory: never in the workspace, which is the audited build context.
  const artifacts = input('artifacts') || path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'twelve-factor-audit', safeName(input('comment-key') || 'default'));
  // On a pull request the base commit's config decides what the PR's config must not: ignores, fail-on, the sandbox.
  const base = eventFacts(readEvent(process.env.GITHUB_EVENT_PATH ?? '').payload).base;
  // The post step sweeps by this id, so it must be saved before anything starts.
  const runId = `gha-${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomBytes(4).toString('hex')}`;
  log.command(() => core.saveState('run-id', runId));
  const result = await runCommand({
    runId,
    command,
    repoRoot,
    ...(input('config') ? { configFile: input('config') } : {}),
    ...(input('path') ? { appPath: input('path') } : {}),
    ...(input('dockerfile') ? { dockerfile: input('dockerfile') } : {}),
    ...(input('context') ? { context: input('context') } : {}),
    artifacts,
    failOn: failOnInput as FailOn,
    ...(base ? { policyFrom: { rev: base.sha, label: `the base branch ${base.ref}` } } : {}),
    ...(baseline ? { baseline } : {}),
    repository: repositoryFromEnv(),
    progress: (line) => log.line(line),
    onStage: logGroups,
    contextExcludes: [ACTION_ROOT],
    // In the split workflow a failed build is reported once, by the report job.
    skipAfterFailedBuild: true,
  });
  if (typeof data0(result).skipped === 'string') log.command(() => core.notice(`twelve-factor-audit: ${data0(result).skipped}`));
  const data = (result.data ?? {}) as Record<string, unknown>;
  for (const key of ['image-id', 'release-id'] as const) {
    if (typeof data[key] === 'string') log.command(() => core.setOutput(key, data[key]));
  }
  if (command === 'discover') log.command(() => core.setOutput('apps', JSON.stringify(data.apps ?? [])));
  if (!result.report) return;

  const report = result.report;
  const files = reportFiles(report, result.artifactsDir);
  const failOn = result.config['fail-on'];
  setReportOutputs(report, files);

  const markdown = files.markdown;
  await core.summary.addRaw(cutToBytes(markdown, SUMMARY_LIMIT_BYTES, files.markdownPath)).write();

  const delivery = await deliver(report, {
    token: input('token'),
    apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    repository: process.env.GITHUB_REPOSITORY ?? '',
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    eventPath: process.env.GITHUB_EVENT_PATH ?? '',
    sha: process.env.GITHUB_SHA ?? report.repository.commit ?? '',
    comment: boolInput('comment', true),
    commentKey: input('comment-key') || 'default',
    hideWhenPassing: boolInput('hide-when-passing', false),
    recreateComment: boolInput('recreate-comment', false),
    checkRun: boolInput('check-run', false),
    checkName: `twelve-factor-audit${input('comment-key') && input('comment-key') !== 'default' ? ` (${input('comment-key')})` : ''}`,
    trackingIssue: boolInput('tracking-issue', false),
    annotations: boolInput('annotations', true),
    failOn,
    artifactHint: `the full report is in ${files.jsonPath} (upload the artifacts directory to keep it)`,
    markdown,
    logger: {
      info: (m) => log.line(m),
      warning: (m) => log.command(() => core.warning(m)),
      debug: (m) => log.command(() => core.debug(m)),
    },
    annotator: {
      error: (m, p) => log.command(() => core.error(m, p)),
      warning: (m, p) => log.command(() => core.warning(m, p)),
      notice: (m, p) => log.command(() => core.notice(m, p)),
    },
  });
  for (const note of delivery.notes ?? []) log.command(() => core.notice(note));

  if (exitCodeFor(report, failOn) !== 0) {
    log.command(() => core.setFailed(`twelve-factor-audit: verdict ${report.verdict} (fail-on: ${failOn})`));
  }
}

/**
 * The `baseline` input: a report.json path, `auto` or nothing (`none`).
 * `auto` compares a pull request with its base commit: that commit's own
 * report when a trusted run of the base branch left one, else a static
 * audit of the commit itself, fetched outside the workspace.
 */
async function baselineSource(repoRoot: string): Promise<BaselineSource | undefined> {
  const value = input('baseline');
  if (value === '' || value === 'none') return undefined;
  if (value !== 'auto') return { kind: 'file', path: path.resolve(repoRoot, value) };
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  const { payload, problem } = readEvent(process.env.GITHUB_EVENT_PATH ?? '');
  const base = eventFacts(payload).base;
  if (!base) {
    core.notice(`twelve-factor-audit: baseline "auto" compares a pull request with its base commit; this ${eventName || 'run'} event names none${problem ? ` (${problem})` : ''}, so nothing is compared`);
    return undefined;
  }
  const token = input('token');
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const found = await findBaseReport({
    token,
    apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    repository,
    commit: base.sha,
    branch: base.ref,
    artifact: input('baseline-artifact') || 'tfa-report__default',
  });
  if (found.found) {
    core.info(`baseline: the report of the base commit ${base.sha.slice(0, 12)} from ${found.origin}`);
    return { kind: 'report', text: found.text, origin: found.origin, commit: base.sha };
  }
  core.info(`baseline: ${found.why}; auditing the base commit ${base.sha.slice(0, 12)} statically instead`);
  // git sends it as a header; masked in case git ever echoes its config.
  if (token) core.setSecret(basicAuthValue(token));
  const serverUrl = (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return {
    kind: 'commit',
    commit: base.sha,
    tempRoot: process.env.RUNNER_TEMP || os.tmpdir(),
    notes: [`no report of the base commit's own run (${found.why}): compared with a static audit of the base commit`],
    checkout: (dest) => checkoutCommit({ source: `${serverUrl}/${repository}`, commit: base.sha, dest, ...(token ? { token } : {}) }),
  };
}

const data0 = (result: { data?: unknown }) => (result.data ?? {}) as Record<string, unknown>;

/** A comment key as one folder name. */
function safeName(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '_') || 'default';
}

/** The report stage already wrote these; the action only points at them. */
function reportFiles(report: Report, dir: string) {
  const jsonPath = path.join(dir, REPORT_FILES.json);
  const markdownPath = path.join(dir, REPORT_FILES.markdown);
  const sarifPath = path.join(dir, REPORT_FILES.sarif);
  const markdown = existsSync(markdownPath) ? readFileSync(markdownPath, 'utf8') : renderMarkdown(report);
  return { markdown, jsonPath, markdownPath, sarifPath };
}

function setReportOutputs(report: Report, files: ReturnType<typeof reportFiles>): void {
  log.command(() => {
    core.setOutput('verdict', report.verdict);
    core.setOutput('passed', report.summary.pass);
    core.setOutput('warned', report.summary.warn);
    core.setOutput('failed', report.summary.fail);
    core.setOutput('errored', report.summary.error);
    core.setOutput('not-verified', report.summary.notVerified);
    core.setOutput('report-path', files.jsonPath);
    core.setOutput('markdown-path', files.markdownPath);
    core.setOutput('sarif-path', files.sarifPath);
  });
}

main()
  .catch((e: unknown) => {
    const err = e as Error;
    // The message may quote the repository (a config value, a file name): escaped as command data, one line.
    log.command(() => core.setFailed(`twelve-factor-audit: ${err.name === 'Error' ? '' : `${err.name}: `}${err.message}`));
  })
  .finally(() => log.close());

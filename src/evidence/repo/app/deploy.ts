import { parse as parseYaml } from 'yaml';
import { flowNestingOver } from '../../../util/yaml-depth';
import { serviceKindOfImage } from '../parsers/compose';
import { STOCK_SERVER } from './compose-stacks';
import { isEnvTemplateName } from '../paths';
import type { Snapshot } from '../snapshot';
import { baseName, dirOf, joinPath } from '../snapshot';

/**
 * Where the repository says how the app is developed and how it is
 * deployed (RUBRIC.md "Terms"). Deploy descriptors are read for formation,
 * parity and release questions, never as the app's own config.
 */
export interface Descriptor {
  file: string;
  kind: 'kubernetes' | 'helm' | 'procfile' | 'platform' | 'compose-prod' | 'ci-deploy';
}
export interface DevFile {
  file: string;
  kind: 'compose' | 'env-template' | 'devcontainer' | 'dev-tool';
}

export interface DeployLayout {
  descriptors: Descriptor[];
  dev: DevFile[];
  /** With no deploy descriptor, the compose file is how the app is run: judged as the deploy for V and VI. */
  composeIsDeploy: boolean;
  /** Helm chart folders (holding Chart.yaml). */
  charts: string[];
}

const COMPOSE = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
const PROD_COMPOSE = /^(?:docker-)?compose[.-](?:prod|production|release|deploy)[\w.-]*\.ya?ml$/;
const PLATFORM = /^(?:fly\.toml|render\.ya?ml|app\.json|app\.ya?ml|railway\.(?:json|toml)|heroku\.yml|vercel\.json|netlify\.toml|\.platform\.app\.yaml|manifest\.ya?ml|Procfile)$/;
const DEV_TOOL = /^(?:skaffold\.ya?ml|Tiltfile|devfile\.ya?ml|\.gitpod\.yml)$/;
const K8S_HEAD = /^(?:apiVersion|kind):\s*\S/m;
const CI_FILE = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.yml|\.circleci\/config\.yml|azure-pipelines\.yml|bitbucket-pipelines\.yml|Jenkinsfile|cloudbuild\.ya?ml)$/;
const PUBLISH = /\bdocker\s+push\b|docker\/build-push-action|\bpush:\s*true\b|\bkubectl\s+(?:apply|set\s+image)\b|\bhelm\s+(?:upgrade|install)\b|\bflyctl\s+deploy\b|\bfly\s+deploy\b|\bgcloud\s+run\s+deploy\b|\bheroku\s+container:push\b|\bcf\s+push\b/;

export function deployLayout(snapshot: Snapshot): DeployLayout {
  const descriptors: Descriptor[] = [];
  const dev: DevFile[] = [];
  const charts = snapshot.files.filter((f) => baseName(f.path) === 'Chart.yaml').map((f) => dirOf(f.path));
  for (const f of snapshot.files) {
    const name = baseName(f.path);
    if (f.path.startsWith('.devcontainer/') || name === 'devcontainer.json') {
      if (name === 'devcontainer.json') dev.push({ file: f.path, kind: 'devcontainer' });
      continue;
    }
    if (COMPOSE.test(name)) {
      if (PROD_COMPOSE.test(name)) descriptors.push({ file: f.path, kind: 'compose-prod' });
      else dev.push({ file: f.path, kind: 'compose' });
      continue;
    }
    if (isEnvTemplateName(name)) {
      dev.push({ file: f.path, kind: 'env-template' });
      continue;
    }
    if (DEV_TOOL.test(name)) {
      dev.push({ file: f.path, kind: 'dev-tool' });
      continue;
    }
    if (name === 'Procfile') {
      descriptors.push({ file: f.path, kind: 'procfile' });
      continue;
    }
    if (PLATFORM.test(name) && !f.path.includes('node_modules/')) {
      if (name === 'manifest.yml' || name === 'manifest.yaml' || name === 'app.yaml' || name === 'app.yml') {
        const text = snapshot.read(f.path);
        if (!text || !/^\s*(?:applications|runtime|env|instances):/m.test(text)) continue;
      }
      descriptors.push({ file: f.path, kind: 'platform' });
      continue;
    }
    if (charts.some((c) => f.path.startsWith(`${joinPath(c, 'templates')}/`))) {
      descriptors.push({ file: f.path, kind: 'helm' });
      continue;
    }
    if (/\.ya?ml$/.test(name) && !CI_FILE.test(f.path) && f.size < 512 * 1024) {
      const text = snapshot.read(f.path);
      // A DigitalOcean App Platform spec (spec.yaml, .do/app.yaml): services with a source and an instance count.
      if (text && /^services:/m.test(text) && /^\s+(?:instance_count|dockerfile_path|source_dir|environment_slug):/m.test(text) && /^\s+(?:github|gitlab|git|image|dockerfile_path):/m.test(text)) {
        descriptors.push({ file: f.path, kind: 'platform' });
        continue;
      }
      if (text && K8S_HEAD.test(text) && /^kind:\s*(?:Deployment|StatefulSet|DaemonSet|Job|CronJob|Service|Pod|ReplicaSet|Ingress|ConfigMap|Secret|Kustomization|Rollout|KnativeService)\b/m.test(text) && /^apiVersion:/m.test(text)) {
        descriptors.push({ file: f.path, kind: 'kubernetes' });
      }
      continue;
    }
    if (CI_FILE.test(f.path)) {
      const text = snapshot.read(f.path);
      if (text && PUBLISH.test(text)) descriptors.push({ file: f.path, kind: 'ci-deploy' });
    }
  }
  const composeIsDeploy = descriptors.filter((d) => d.kind !== 'ci-deploy').length === 0 && dev.some((d) => d.kind === 'compose');
  return { descriptors, dev, composeIsDeploy, charts };
}

function chartValues(snapshot: Snapshot, chart: string | undefined): unknown {
  if (chart === undefined) return undefined;
  const text = snapshot.read(joinPath(chart, 'values.yaml'));
  if (text === undefined || flowNestingOver(text)) return undefined;
  try {
    return parseYaml(text, { maxAliasCount: 50 });
  } catch {
    return undefined;
  }
}

function valueAt(values: unknown, key: string): string | undefined {
  let v: unknown = values;
  for (const k of key.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** Image tags the repository publishes (CI pushes, deploy descriptors), for "releases uniquely identified". */
export interface PublishedTag {
  file: string;
  line: number;
  image: string;
  tag: string;
}

export function publishedTags(snapshot: Snapshot, layout: DeployLayout): PublishedTag[] {
  const out: PublishedTag[] = [];
  for (const d of layout.descriptors) {
    if (d.kind !== 'ci-deploy' && d.kind !== 'kubernetes' && d.kind !== 'helm' && d.kind !== 'compose-prod') continue;
    const text = snapshot.read(d.file);
    if (!text) continue;
    const values = d.kind === 'helm' ? chartValues(snapshot, layout.charts.find((c) => d.file.startsWith(`${c}/`))) : undefined;
    text.split('\n').forEach((raw, i) => {
      // `image: "{{ .Values.images.api }}"` is the value the chart's values.yaml gives it.
      const l = values ? raw.replace(/\{\{-?\s*\.Values\.([\w.]+)\s*-?\}\}/g, (m, key: string) => valueAt(values, key) ?? m) : raw;
      // `docker push ghcr.io/acme/app:latest`, `-t app:${{ github.sha }}`, `image: ghcr.io/acme/app:{{ .Chart.AppVersion }}`, `tags: ghcr.io/acme/app:latest`
      const image = d.kind === 'ci-deploy' ? /(?:docker\s+(?:push|tag|build\b[^\n]*?\s-t)\s+|\s-t\s+|tags?:\s*|image:\s*)["']?([\w.-]+(?::\d+)?(?:\/[\w.-]+)+|[\w-]+):(\S.*)$/.exec(l) : /^\s*-?\s*image:\s*["']?([\w.-]+(?::\d+)?(?:\/[\w.-]+)+|[\w-]+)(?:([:@])(\S.*?))?["']?\s*$/.exec(l);
      // A backing service's image (postgres:16.2 in a StatefulSet) or a stock proxy beside the app is not a release of the app.
      if (!image || serviceKindOfImage(image[1]!) || STOCK_SERVER.test(image[1]!)) return;
      // A manifest's image with no tag runs `latest`.
      const rest = d.kind === 'ci-deploy' ? image[2]! : image[3] === undefined ? 'latest' : image[2] === '@' ? `@${image[3]}` : image[3];
      // A templated tag runs to its closing braces; a plain one to the first space, quote or separator.
      const tag = rest.startsWith('{{') || rest.startsWith('${{') ? rest.slice(0, rest.indexOf('}}') + 2 || rest.length) : (/^[^\s"',&;]+/.exec(rest)?.[0] ?? rest);
      out.push({ file: d.file, line: i + 1, image: image[1]!, tag: tag.trim() });
    });
  }
  return out;
}

import { z } from 'zod';
import { FACTOR_IDS, FACTOR_SLUGS } from './factors';
import { RuntimeFactsSchema } from './runtime';
import { OUTCOMES, ROLES, VERDICTS } from './verdict';

/** 2: findings carry a role and the rubric condition; factors carry advice apart, the judge's reason and n/a; the report carries the gate and the contradictions. */
export const REPORT_SCHEMA_VERSION = 2;

export const CheckIdSchema = z
  .string()
  .regex(/^[a-z-]+\/[a-z0-9-]+$/, 'check id must look like <factor-slug>/<check-name>');

/** Where in the repository a fact was seen. Paths are repository-relative, forward slashes. */
export const FileEvidenceSchema = z.object({
  kind: z.literal('file'),
  file: z.string(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  /** A short, already-redacted excerpt. Never a secret value. */
  snippet: z.string().max(400).optional(),
});

/** A number measured at runtime (or counted statically), with its unit and the threshold it was judged against. */
export const MeasurementEvidenceSchema = z.object({
  kind: z.literal('measurement'),
  name: z.string(),
  value: z.number(),
  unit: z.string(),
  threshold: z.number().optional(),
});

export const EvidenceSchema = z.discriminatedUnion('kind', [FileEvidenceSchema, MeasurementEvidenceSchema]);

export const FindingSchema = z
  .object({
    check: CheckIdSchema,
    outcome: z.enum(OUTCOMES),
    /** `core` (the default when absent) findings decide the factor; `advice` is shown apart and never changes a verdict. */
    role: z.enum(ROLES).optional(),
    /** The severity-table row the check matched (`docs/rubric.md`); absent for `skip` and `error`. */
    condition: z.string().optional(),
    /** One line a person reads; for `n/a`, `skip` and `error` it is the reason. */
    message: z.string(),
    evidence: z.array(EvidenceSchema),
    /** Extra human detail (lists of files, log tails); already bounded and redacted. */
    details: z.array(z.string()).optional(),
    /** Set by the judge when a measurement answered the same question: this finding supports, it does not decide. */
    supporting: z.string().optional(),
    /** Set by the judge when a finding shares its cause with findings of other factors ("migrations at every start"). */
    sharedCause: z.string().optional(),
  })
  .refine((f) => f.outcome !== 'pass' || f.evidence.length > 0, {
    message: 'a pass must carry evidence (a file and line, or a measurement)',
    path: ['evidence'],
  });

export const FactorReportSchema = z.object({
  id: z.enum(FACTOR_IDS),
  slug: z.enum(FACTOR_SLUGS),
  title: z.string(),
  verdict: z.enum(VERDICTS),
  /** The judge's one line for the verdict: the deciding finding, or why nothing decided. */
  reason: z.string().default(''),
  /** The deciding finding's index in `findings`, when one decided. */
  lead: z.number().int().nonnegative().optional(),
  /** Core findings (measured ones first); those marked `supporting` did not decide. */
  findings: z.array(FindingSchema),
  /** Advice: good practice the methodology does not ask for. Never part of the verdict. */
  advice: z.array(FindingSchema).default([]),
});

export const ClaimStatusSchema = z.enum(['claimed', 'in-progress', 'planned', 'described', 'not-claimed']);
/**
 * What a claim amounts to once judged, in one word every output shows: a claim stated as done is
 * `contradicted`, `confirmed` or `unverified`; anything else keeps its status (a guide's
 * `described` text, a `planned` or `in-progress` item, one `not-claimed`).
 */
export const CLAIM_STANDINGS = ['contradicted', 'confirmed', 'unverified', 'described', 'planned', 'in-progress', 'not-claimed'] as const;
export const ClaimStandingSchema = z.enum(CLAIM_STANDINGS);
/** A file or folder a claim names, and whether the repository has it (absent until checked against the repository). */
export const NamedPathSchema = z.object({
  path: z.string(),
  kind: z.enum(['file', 'folder']),
  /** Where the repository holds it; absent when it does not. */
  at: z.string().optional(),
  /** Whether the repository was searched for it. */
  checked: z.boolean().default(false),
});
export const ClaimJudgementSchema = z.object({
  result: z.enum(['confirmed', 'contradicted', 'unverified']),
  /** Why: the contradicting or confirming evidence, or what is missing to judge. */
  reason: z.string(),
  checks: z.array(CheckIdSchema).default([]),
});
export const SubClaimSchema = z.object({
  text: z.string(),
  /** The property the promise names ("graceful-shutdown", "logs-to-stdout", …; see docs/claims.md), absent when unknown. */
  topic: z.string().optional(),
  line: z.number().int().positive().optional(),
  /** The promise's own status when it differs from its claim's (a done item inside an in-progress factor). */
  status: ClaimStatusSchema.optional(),
  /** Files and folders the promise names: a claim that a file does what it says needs the file. */
  paths: z.array(NamedPathSchema).optional(),
  judgement: ClaimJudgementSchema.optional(),
  standing: ClaimStandingSchema.optional(),
});
export const ClaimSchema = z.object({
  factor: z.enum(FACTOR_IDS),
  status: ClaimStatusSchema,
  source: z.object({ file: z.string(), line: z.number().int().positive() }),
  text: z.string(),
  subClaims: z.array(SubClaimSchema),
  judgement: ClaimJudgementSchema.optional(),
  /** Set by the judge: the word every output shows for this claim. */
  standing: ClaimStandingSchema.optional(),
});

/** One document claims were read from, with how its claims stand: the list every output names them by. */
export const ClaimDocumentSchema = z.object({
  file: z.string(),
  claims: z.number().int().nonnegative(),
  standings: z.record(ClaimStandingSchema, z.number().int().nonnegative()),
});

export const DiagnosticSchema = z.object({
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
});

export const StageStatusSchema = z.object({
  stage: z.enum(['static', 'build', 'release', 'run']),
  status: z.enum(['ok', 'failed', 'skipped', 'absent']),
  reason: z.string().optional(),
});

export const AppSchema = z.object({
  path: z.string(),
  kind: z.string(),
  ecosystems: z.array(z.string()),
  processTypes: z.array(z.string()),
  audited: z.boolean(),
  /** In a merged monorepo report: the app's own verdict and per-factor verdicts. */
  verdict: z.enum(VERDICTS).optional(),
  factors: z.array(z.object({ id: z.enum(FACTOR_IDS), verdict: z.enum(VERDICTS) })).optional(),
});

export const BaselineSchema = z.object({
  source: z.string(),
  regressions: z.array(z.object({ check: CheckIdSchema, from: z.enum(OUTCOMES), to: z.enum(OUTCOMES), message: z.string() })),
  fixes: z.array(z.object({ check: CheckIdSchema, from: z.enum(OUTCOMES), to: z.enum(OUTCOMES), message: z.string() })),
});

/** The judge's decision on the run as a whole: what a status check and the exit code show. */
export const GateSchema = z.object({
  failOn: z.enum(['fail', 'warn', 'regression', 'never']),
  /** 0 when the verdict passes `fail-on`, 1 when it does not. */
  exitCode: z.union([z.literal(0), z.literal(1)]),
  /** The check-run conclusion the report maps to. */
  conclusion: z.enum(['success', 'failure', 'neutral']),
  /** Why the gate decided as it did, in one line. */
  reason: z.string(),
  /** No factor warns, fails or errors and no claim is contradicted: the comment may hide, the tracking issue may close. */
  allClear: z.boolean(),
});

/** A claim the evidence contradicts, as every output lists it (decided once, by the judge). */
export const ContradictionSchema = z.object({
  factor: z.enum(FACTOR_IDS),
  file: z.string(),
  line: z.number().int().positive(),
  /** "README.md:40 claims graceful shutdown; measured: …" */
  text: z.string(),
  checks: z.array(CheckIdSchema),
  /** Whether a measurement (not a static reading) contradicts it. */
  measured: z.boolean(),
});

/**
 * On a pull request, where the keys that decide the verdict or loosen the
 * sandbox came from, and the pull request's own changes to them (shown, not
 * applied: they take effect once merged).
 */
export const PolicySchema = z.object({
  /** E.g. "the base branch main (3f2a1c0…)", or the defaults when the base's config could not be read. */
  source: z.string(),
  changes: z.array(z.object({ key: z.string(), applied: z.string(), requested: z.string() })),
});

export const SummarySchema = z.object({
  pass: z.number().int(),
  warn: z.number().int(),
  fail: z.number().int(),
  'n/a': z.number().int().default(0),
  skip: z.number().int(),
  error: z.number().int(),
  notVerified: z.number().int(),
  /** Advice findings that suggest a change (warn), across all factors. */
  advice: z.number().int().default(0),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  generatedAt: z.string(),
  repository: z.object({
    path: z.string(),
    commit: z.string().optional(),
    ref: z.string().optional(),
    /** owner/name when known, for links. */
    slug: z.string().optional(),
    serverUrl: z.string().optional(),
  }),
  /** Overall verdict: the worst factor verdict (not-verified factors do not make it pass). */
  verdict: z.enum(VERDICTS),
  summary: SummarySchema,
  factors: z.array(FactorReportSchema).length(12),
  claims: z.array(ClaimSchema),
  /** The documents the claims came from, in reading order, with how their claims stand (decided by the judge). */
  claimDocuments: z.array(ClaimDocumentSchema).default([]),
  contradictions: z.array(ContradictionSchema).default([]),
  runtime: RuntimeFactsSchema.optional(),
  apps: z.array(AppSchema).default([]),
  stages: z.array(StageStatusSchema).default([]),
  ignored: z.array(z.object({ check: CheckIdSchema, reason: z.string(), findings: z.number().int() })).default([]),
  diagnostics: z.array(DiagnosticSchema).default([]),
  baseline: BaselineSchema.optional(),
  gate: GateSchema.optional(),
  policy: PolicySchema.optional(),
});

export type FileEvidence = z.infer<typeof FileEvidenceSchema>;
export type MeasurementEvidence = z.infer<typeof MeasurementEvidenceSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type FactorReport = z.infer<typeof FactorReportSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type SubClaim = z.infer<typeof SubClaimSchema>;
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;
export type ClaimStanding = z.infer<typeof ClaimStandingSchema>;
export type NamedPath = z.infer<typeof NamedPathSchema>;
export type ClaimDocument = z.infer<typeof ClaimDocumentSchema>;
export type ClaimJudgement = z.infer<typeof ClaimJudgementSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type StageStatus = z.infer<typeof StageStatusSchema>;
export type App = z.infer<typeof AppSchema>;
export type Baseline = z.infer<typeof BaselineSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type Gate = z.infer<typeof GateSchema>;
export type Contradiction = z.infer<typeof ContradictionSchema>;
export type Policy = z.infer<typeof PolicySchema>;
export type Report = z.infer<typeof ReportSchema>;

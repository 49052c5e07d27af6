/**
 * One run of the core, whatever the shell: the checked Config in, an Outcome out. The action
 * (main.ts) and the CLI (cli.ts) differ only in how they read input and report.
 */
import { createClients, destroyClients } from './aws/clients.js'
import { formatFailure } from './aws/errors.js'
import { readFunction } from './aws/lambda.js'
import { type Clock, realClock } from './clock.js'
import type { Snapshot } from './aws/cloudfront.js'
import type { Config } from './config.js'
import type { Log } from './log.js'
import type { ModeContext } from './modes/shared.js'
import { emptyOutcome, type Outcome } from './outcome.js'
import type { Preflight, PreflightFailure } from './preflight.js'
import { configFor, type FunctionReading, readFunctions } from './plan/read.js'
import { breakLock } from './aws/lease.js'
import { parseFunctionArn } from './edge.js'
import type { Lease } from './lock.js'
import { identity } from './shell.js'
import type { Result } from './result.js'

export interface EngineOptions {
  log: Log
  clock?: Clock
  /** The published version's description when the `description` input is empty. */
  defaultDescription: string
  today?: string
  /** Who runs: the lock's owner and the journal's run id (default: this process, from its environment). */
  identity?: Lease
  /** Aborted on SIGINT/SIGTERM. */
  signal?: AbortSignal
}

/** A requested rollback that happened is a success; an automatic one means the deploy failed. */
export const isFailure = (cfg: Config, o: Outcome): boolean =>
  o.status === 'failed' ||
  o.status === 'cancelled' ||
  (o.status === 'rolled-back' && cfg.mode !== 'rollback')

function preflightFailed(failures: readonly PreflightFailure[]): Outcome {
  const input = failures.some(e => e.kind === 'input')
  return {
    ...emptyOutcome('failed'),
    inputError: input || undefined,
    errors: failures.map(e =>
      e.kind === 'input' ? `Input "${e.input}" ${e.message}` : formatFailure(e.failure)
    )
  }
}

/** The verdicts of every function, and the outcome's fields that describe them. */
function checked(cfg: Config, readings: readonly FunctionReading[]): Outcome {
  const [first] = readings
  const out: Outcome = {
    ...emptyOutcome('failed'),
    functionArn: first?.read.arn,
    verdict: first?.read.verdict
  }
  if (cfg.functions.length > 1)
    out.functionVerdicts = readings.map(r => ({
      functionName: r.read.latest.name,
      eventType: r.read.spec.eventType,
      verdict: r.read.verdict
    }))
  const errors = readings.reduce((n, r) => n + r.read.verdict.errors, 0)
  if (errors > 0)
    out.errors = [`Preflight found ${errors} Lambda@Edge error(s); nothing in AWS was changed.`]
  return out
}

function logSmoke(ctx: ModeContext, { smoke, fn }: Preflight, several = false): void {
  if (!smoke) return
  const whose = several ? ` (${fn.facts.name})` : ''
  ctx.log.info(
    smoke.skipped
      ? `Smoke run${whose} skipped: ${smoke.skipped.reason}`
      : `Smoke run${whose}: the handler answered ${smoke.runs.length} CloudFront event(s) on ${smoke.runtime} in ${smoke.elapsedMs} ms`
  )
}

/** validate and plan, for one function or several: the reads, the verdicts, the Plan value. */
async function readOnly(cfg: Config, ctx: ModeContext, today: string): Promise<Outcome> {
  if (cfg.mode === 'validate') {
    const readings = await readFunctions(cfg, ctx.clients, [], today, ctx.clock.now())
    if (!readings.ok) return preflightFailed(readings.error)
    for (const r of readings.value) logSmoke(ctx, r.preflight, cfg.functions.length > 1)
    const out = checked(cfg, readings.value)
    return out.errors.length > 0 ? out : { ...out, status: 'validated' }
  }
  // The modes that read CloudFront are loaded only when a run needs them (a lighter validate).
  const read = await readForChange(cfg, ctx, today)
  if ('status' in read) return read
  const { plan } = await import('./modes/plan.js')
  return plan(ctx, read.readings, read.snapshots, read.out)
}

/**
 * plan and deploy of the Plan value: the distributions, then every function's preflight, then the
 * distribution rows of the rule table per function. An Outcome when something refuses the run.
 */
async function readForChange(
  cfg: Config,
  ctx: ModeContext,
  today: string
): Promise<Outcome | { readings: FunctionReading[]; snapshots: Snapshot[]; out: Outcome }> {
  const { readAll, checkDistributions } = await import('./modes/shared.js')
  // The distributions and the functions side by side; only the live-version check needs both.
  const reading = readAll(ctx.clients, cfg.distributionIds)
  const [dists, read] = await Promise.all([
    reading,
    readFunctions(
      cfg,
      ctx.clients,
      reading.then(d => d.snapshots),
      today,
      ctx.clock.now()
    )
  ])
  if (!read.ok) return preflightFailed(read.error)
  const several = cfg.functions.length > 1
  for (const r of read.value) logSmoke(ctx, r.preflight, several)
  const first = checked(cfg, read.value)
  if (first.errors.length > 0) return first
  const refusals: string[] = [...dists.errors]
  const readings = read.value.map(r => {
    const rows = checkDistributions(r.preflight, configFor(cfg, r.read.spec), dists.snapshots)
    refusals.push(...rows.refusals.map(m => (several ? `Function ${r.read.latest.name}: ${m}` : m)))
    return { ...r, read: { ...r.read, verdict: rows.verdict } }
  })
  const out = checked(cfg, readings)
  if (refusals.length > 0) return { ...out, errors: refusals }
  return { readings, snapshots: dists.snapshots, out }
}

/**
 * deploy, of one function or several: every function read and validated, then the Plan value
 * executed (src/modes/deploy.ts).
 */
async function deployAll(
  cfg: Config,
  ctx: ModeContext,
  o: EngineOptions & { today: string }
): Promise<Outcome> {
  const read = await readForChange(cfg, ctx, o.today)
  if ('status' in read) return read
  const { deploy } = await import('./modes/deploy.js')
  const deployed = await deploy(
    { ...ctx, defaultDescription: o.defaultDescription },
    read.readings,
    read.snapshots,
    read.out
  )
  const [only, ...others] = read.readings
  const kept = deployed.status === 'deployed' || deployed.status === 'unchanged'
  if (cfg.pruneKeep === 0 || !kept || !only || others.length > 0) return deployed
  // Pruning is housekeeping: whatever happens there, the deploy's outcome stands.
  const { prune } = await import('./modes/prune.js')
  const fn = only.preflight.fn
  const { pruned } = await prune({ ...ctx, fn, keep: cfg.pruneKeep, dryRun: false })
  return { ...deployed, pruned }
}

async function dispatch(
  cfg: Config,
  ctx: ModeContext,
  o: EngineOptions & { today: string }
): Promise<Outcome> {
  if (cfg.mode === 'validate' || cfg.mode === 'plan') return readOnly(cfg, ctx, o.today)
  if (cfg.mode === 'rollback') {
    // No package and no new configuration: the rules are checked on each target version instead,
    // and $LATEST is not read at all. One function or several: the same path.
    const { rollback } = await import('./modes/rollback.js')
    return rollback({ ...ctx, today: o.today })
  }
  if (cfg.mode === 'promote') {
    const fn = await readFunction(ctx.clients, cfg.functionName)
    if (!fn.ok) return { ...emptyOutcome('failed'), errors: [formatFailure(fn.error)] }
    const { promote } = await import('./modes/promote.js')
    return promote({ ...ctx, fn: fn.value })
  }
  return deployAll(cfg, ctx, o)
}

/** The CLI's `unlock` command: break a stale deploy lock, saying whose it was. */
export async function executeUnlock(functionName: string): Promise<Result<string, string>> {
  const clients = await createClients({ cloudfront: false })
  try {
    return await breakLock(
      clients,
      parseFunctionArn(functionName)?.name ?? functionName,
      Math.floor(Date.now() / 1000)
    )
  } finally {
    destroyClients(clients)
  }
}

/** The CLI's `prune` command: no deploy, just housekeeping (optionally a dry run). */
export async function executePrune(
  functionName: string,
  keep: number,
  dryRun: boolean,
  o: EngineOptions
): Promise<Outcome> {
  const clients = await createClients()
  try {
    const fn = await readFunction(clients, functionName)
    const { prune } = await import('./modes/prune.js')
    if (!fn.ok) return { ...emptyOutcome('failed'), errors: [formatFailure(fn.error)] }
    const { pruned, errors } = await prune({ clients, log: o.log, fn: fn.value, keep, dryRun })
    return {
      ...emptyOutcome(errors.length > 0 ? 'failed' : 'pruned'),
      functionArn: fn.value.arn,
      pruned,
      errors
    }
  } finally {
    destroyClients(clients)
  }
}

export async function execute(cfg: Config, o: EngineOptions): Promise<Outcome> {
  const clients = await createClients({ cloudfront: cfg.mode !== 'validate' })
  const ctx = {
    cfg,
    clients,
    clock: o.clock ?? realClock,
    log: o.log,
    identity: o.identity ?? identity(),
    signal: o.signal
  }
  try {
    return await dispatch(cfg, ctx, {
      ...o,
      today: o.today ?? new Date().toISOString().slice(0, 10)
    })
  } catch (e) {
    // A bug or an unexpected SDK throw: still report what we know and fail clearly.
    return {
      ...emptyOutcome('failed'),
      errors: [`Unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`]
    }
  } finally {
    destroyClients(clients)
  }
}

/**
 * One run of the core, whatever the shell: the checked Config in, an Outcome out. The action
 * (main.ts) and the CLI (cli.ts) differ only in how they read input and report.
 */
import { createClients, destroyClients } from './aws/clients.js'
import { formatFailure } from './aws/errors.js'
import { readFunction } from './aws/lambda.js'
import { type Clock, realClock } from './clock.js'
import type { Config } from './config.js'
import type { Log } from './log.js'
import type { ModeContext } from './modes/shared.js'
import { emptyOutcome, type Outcome } from './outcome.js'
import { runPreflight } from './preflight.js'
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

async function dispatch(
  cfg: Config,
  ctx: ModeContext,
  o: EngineOptions & { today: string }
): Promise<Outcome> {
  if (cfg.mode === 'rollback') {
    // No package and no new configuration: the rules are checked on the target version instead,
    // and $LATEST is not read at all.
    const { rollback } = await import('./modes/rollback.js')
    return rollback({ ...ctx, today: o.today })
  }
  if (cfg.mode === 'promote') {
    const fn = await readFunction(ctx.clients, cfg.functionName)
    if (!fn.ok) return { ...emptyOutcome('failed'), errors: [formatFailure(fn.error)] }
    const { promote } = await import('./modes/promote.js')
    return promote({ ...ctx, fn: fn.value })
  }
  const pre = await runPreflight(cfg, ctx.clients, o.today, ctx.clock.now())
  if (!pre.ok) {
    const e = pre.error
    return e.kind === 'input'
      ? { ...emptyOutcome('failed'), inputError: true, errors: [`Input "${e.input}" ${e.message}`] }
      : { ...emptyOutcome('failed'), errors: [formatFailure(e.failure)] }
  }
  const { verdict, smoke } = pre.value
  if (smoke)
    ctx.log.info(
      smoke.skipped
        ? `Smoke run skipped: ${smoke.skipped.reason}`
        : `Smoke run: the handler answered ${smoke.runs.length} CloudFront event(s) on ${smoke.runtime} in ${smoke.elapsedMs} ms`
    )
  const base = { ...emptyOutcome('failed'), functionArn: pre.value.fn.arn, verdict }
  if (verdict.errors > 0)
    return {
      ...base,
      errors: [
        `Preflight found ${verdict.errors} Lambda@Edge error(s); nothing in AWS was changed.`
      ]
    }
  if (cfg.mode === 'validate') return { ...base, status: 'validated' }
  // The modes that change CloudFront are loaded only when a run needs them (a lighter validate).
  if (cfg.mode === 'plan') {
    const { plan } = await import('./modes/plan.js')
    return plan({ ...ctx, preflight: pre.value })
  }
  const { deploy } = await import('./modes/deploy.js')
  const deployed = await deploy({
    ...ctx,
    preflight: pre.value,
    defaultDescription: o.defaultDescription
  })
  if (cfg.pruneKeep > 0 && (deployed.status === 'deployed' || deployed.status === 'unchanged')) {
    // Pruning is housekeeping: whatever happens there, the deploy's outcome stands.
    const { prune } = await import('./modes/prune.js')
    const { pruned } = await prune({ ...ctx, fn: pre.value.fn, keep: cfg.pruneKeep, dryRun: false })
    return { ...deployed, pruned }
  }
  return deployed
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

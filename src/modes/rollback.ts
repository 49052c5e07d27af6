/**
 * Rollback mode: re-point the same slots a deploy would use to an earlier version, with the same
 * IfMatch update, wait and health check. `previous` comes from the history kept on the function's
 * alias: the last version deployed successfully before the live one, never one that failed.
 */
import type { Snapshot } from '../aws/cloudfront.js'
import { formatFailure } from '../aws/errors.js'
import { type FunctionState, readHistory, readVersionFacts, updateHistory } from '../aws/lambda.js'
import { versionOf } from '../edge.js'
import { type History, previousGood, recordRollback } from '../history.js'
import { emptyOutcome, type Outcome } from '../outcome.js'
import { evaluate, formatFinding } from '../rules/evaluate.js'
import { abortLiveCanary } from './promote.js'
import { settle } from './settle.js'
import {
  applyEverywhere,
  liveArns,
  type ModeContext,
  precheck,
  previousVersions,
  readAll
} from './shared.js'

export interface RollbackContext extends ModeContext {
  fn: FunctionState
  today: string
}

/**
 * What counts as live: the version the slots hold; when they disagree (a deploy that failed
 * part-way without auto-rollback), the newest of them, the one that was being deployed; the
 * alias's when no slot holds a numbered version.
 */
function liveVersion(
  ctx: RollbackContext,
  snapshots: readonly Snapshot[],
  aliasLive: number | undefined
): number | undefined {
  const versions = liveArns(ctx.cfg, snapshots).flatMap(a =>
    a && versionOf(a) ? [Number(versionOf(a))] : []
  )
  return versions.length > 0 ? Math.max(...versions) : aliasLive
}

function chooseTarget(
  ctx: RollbackContext,
  history: History,
  live: number | undefined
): { version: number } | { error: string } {
  if (ctx.cfg.rollbackTo !== 'previous') return { version: ctx.cfg.rollbackTo }
  const prev = previousGood(history, live)
  if (prev !== undefined) return { version: prev }
  return {
    error: `Input "rollback-to": no earlier successful deploy of ${ctx.fn.facts.name} is recorded before version ${live ?? '(none)'}. Give a version number instead (rollback-to: 7).`
  }
}

export async function rollback(ctx: RollbackContext): Promise<Outcome> {
  const { cfg, clients, fn } = ctx
  const owner = fn.arn
  const out: Outcome = { ...emptyOutcome('failed'), functionArn: owner }
  const { snapshots, errors } = await readAll(clients, cfg.distributionIds)
  const refusals = [...errors, ...precheck(cfg, owner, snapshots)]
  if (refusals.length > 0) return { ...out, errors: refusals }
  // While a canary is live, rolling back means aborting it (src/modes/promote.ts).
  const aborted = await abortLiveCanary(ctx, snapshots)
  if (aborted) return aborted
  out.previousVersions = previousVersions(cfg, snapshots)

  const read = await readHistory(clients, fn.facts.name)
  if (!read.ok) return { ...out, errors: [formatFailure(read.error)] }
  const live = liveVersion(ctx, snapshots, read.value.liveVersion)
  const target = chooseTarget(ctx, read.value.history, live)
  if ('error' in target) return { ...out, errors: [target.error] }

  // The target must exist and still pass the rules: rolling back onto a version CloudFront would
  // reject only trades one outage for another.
  const facts = await readVersionFacts(clients, fn.facts.name, String(target.version))
  if (!facts.ok)
    return {
      ...out,
      errors: [
        `Input "rollback-to": version ${target.version} is not a published version of ${fn.facts.name} (${facts.error.code}). Nothing was changed.`
      ]
    }
  const verdict = evaluate({
    eventType: cfg.eventType,
    includeBody: cfg.includeBody ?? false,
    fn: facts.value,
    today: ctx.today
  })
  out.verdict = verdict
  if (verdict.errors > 0)
    return {
      ...out,
      errors: [
        `Version ${target.version} breaks Lambda@Edge rules; nothing was changed.`,
        ...verdict.findings.filter(f => f.severity === 'error').map(formatFinding)
      ]
    }

  const versionArn = `${owner}:${target.version}`
  Object.assign(out, { version: String(target.version), versionArn })
  const t1 = ctx.clock.now()
  // Unless include-body was given, each slot keeps its IncludeBody: its function may read the body.
  const applied = await applyEverywhere(
    ctx,
    snapshots,
    owner,
    versionArn,
    cfg.includeBody ?? 'keep'
  )
  out.timings.updateMs = ctx.clock.now() - t1
  out.changes = applied.changes
  if (out.changes.length === 0 && applied.errors.length === 0) {
    ctx.log.info(`Version ${target.version} is already live everywhere.`)
    return { ...out, status: 'unchanged' }
  }
  const settled = await settle(ctx, owner, out, applied.errors, 'rolled-back')
  // settle() undid the rollback itself: that is a failed rollback, whatever it restored.
  if (settled.undone) return { ...settled, status: 'failed' }
  if (settled.status === 'rolled-back') await remember(ctx, live, target.version)
  return settled
}

async function remember(ctx: RollbackContext, from: number | undefined, to: number): Promise<void> {
  const w = await updateHistory(ctx.clients, ctx.fn.facts.name, current => ({
    history: recordRollback(current.history, from, to),
    live: to
  }))
  if (!w.ok)
    ctx.log.warning(
      `Could not record the rollback in the deploy history: ${formatFailure(w.error)}`
    )
}

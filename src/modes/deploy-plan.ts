/**
 * Deploy of several functions: executes the run's Plan value. Every function was validated before
 * this runs; the versions are published side by side; then ONE UpdateDistribution per distribution
 * carries every function's slot changes, and ONE wait and one health check (settle) cover them all.
 * A failure after the first write puts every slot of the run back, one update per distribution.
 */
import type { Snapshot } from '../aws/cloudfront.js'
import { emptyOutcome, type Outcome } from '../outcome.js'
import { configFor, type FunctionReading } from '../plan/read.js'
import { bind, targetsOf } from '../plan/reapply.js'
import { formatRefusal } from '../plan/render.js'
import { buildPlan, type Plan, type SlotChange, toPublish } from '../plan/value.js'
import { formatFailure } from '../aws/errors.js'
import { publishNew } from './deploy.js'
import { withLock } from './journaled.js'
import { settle } from './settle.js'
import { type ModeContext, touchedIds, writeSlots } from './shared.js'

export interface DeployPlanContext extends ModeContext {
  defaultDescription: string
}

/** Publishes every function that needs a version, side by side: function ARN -> version ARN. */
async function publishAll(
  ctx: DeployPlanContext,
  plan: Plan,
  readings: readonly FunctionReading[]
): Promise<{ versions: Map<string, string>; errors: string[] }> {
  const byArn = new Map(readings.map(r => [r.read.arn, r]))
  const results = await Promise.all(
    toPublish(plan).map(async f => {
      const r = byArn.get(f.functionArn)!
      const p = await publishNew(
        {
          ...ctx,
          cfg: configFor(ctx.cfg, r.read.spec),
          preflight: r.preflight,
          defaultDescription: ctx.defaultDescription
        },
        r.read.codeSha,
        r.zip
      )
      if ('error' in p) return { arn: f.functionArn, error: `${f.functionName}: ${p.error}` }
      ctx.log.info(`Published ${p.versionArn}`)
      return { arn: f.functionArn, versionArn: p.versionArn }
    })
  )
  const versions = new Map<string, string>()
  for (const f of plan.functions)
    if (f.version.kind === 'existing') versions.set(f.functionArn, f.version.versionArn)
  for (const r of results) if (r.versionArn) versions.set(r.arn, r.versionArn)
  return { versions, errors: results.flatMap(r => (r.error ? [r.error] : [])) }
}

/** One write per distribution, side by side, each carrying every function's slots. */
async function writeAll(
  ctx: ModeContext,
  plan: Plan,
  snapshots: readonly Snapshot[],
  versions: Map<string, string>
): Promise<{ changes: SlotChange[]; errors: string[] }> {
  const first = new Map(snapshots.map(s => [s.id, s]))
  const written = await Promise.all(
    plan.distributions.map(d =>
      writeSlots(ctx, d.id, targetsOf(bind(d.slotChanges, versions)), first.get(d.id))
    )
  )
  return {
    changes: written.flatMap(w => (w.ok ? w.value.changes : [])),
    errors: written.flatMap(w => (w.ok ? [] : [formatFailure(w.error)]))
  }
}

const versionNumber = (arn: string): string => arn.slice(arn.lastIndexOf(':') + 1)

/**
 * Holds every function's lock around `work`, taken one after the other in name order, so two runs
 * over overlapping functions cannot each hold a part and wait for the other forever.
 */
function withLocks(
  ctx: ModeContext,
  names: readonly string[],
  failed: Outcome,
  work: () => Promise<Outcome>
): Promise<Outcome> {
  const [first, ...rest] = names
  if (first === undefined) return work()
  return withLock(ctx, first, failed, () => withLocks(ctx, rest, failed, work))
}

export function deployPlan(
  ctx: DeployPlanContext,
  readings: readonly FunctionReading[],
  snapshots: readonly Snapshot[],
  base: Outcome
): Promise<Outcome> {
  const names = [...new Set(readings.map(r => r.read.latest.name))].sort()
  return withLocks(ctx, names, base, () => execute(ctx, readings, snapshots, base))
}

async function execute(
  ctx: DeployPlanContext,
  readings: readonly FunctionReading[],
  snapshots: readonly Snapshot[],
  base: Outcome
): Promise<Outcome> {
  const built = buildPlan(
    readings.map(r => r.read),
    snapshots
  )
  const several = ctx.cfg.functions.length > 1
  if (!built.ok) return { ...base, errors: built.error.map(r => formatRefusal(r, several)) }
  const plan = built.value
  const out: Outcome = { ...emptyOutcome('failed'), ...base }

  const t0 = ctx.clock.now()
  const published = await publishAll(ctx, plan, readings)
  out.timings.publishMs = ctx.clock.now() - t0
  // A publish changes nothing live: with one failed, no distribution is touched at all.
  if (published.errors.length > 0) return { ...out, errors: published.errors }
  out.versions = Object.fromEntries(
    plan.functions.map(f => [f.functionName, versionNumber(published.versions.get(f.functionArn)!)])
  )

  const t1 = ctx.clock.now()
  const written = await writeAll(ctx, plan, snapshots, published.versions)
  out.timings.updateMs = ctx.clock.now() - t1
  out.changes = written.changes
  if (touchedIds(out.changes).length === 0 && written.errors.length === 0)
    return { ...out, status: plan.distributions.length === 0 ? 'unchanged' : 'deployed' }
  return settle(ctx, base.functionArn ?? '', out, written.errors)
}

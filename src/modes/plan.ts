/**
 * Plan mode: renders the run's Plan value, built from the preflight of every function and the live
 * distribution configs. Read-only by construction: it calls no mutating API, so read-only
 * credentials do.
 */
import type { Snapshot } from '../aws/cloudfront.js'
import type { Outcome } from '../outcome.js'
import type { FunctionReading } from '../plan/read.js'
import { formatRefusal, planJson } from '../plan/render.js'
import { buildPlan, NEXT, slotChanges } from '../plan/value.js'
import { type ModeContext, previousVersions } from './shared.js'

export { NEXT }

export function plan(
  ctx: ModeContext,
  readings: readonly FunctionReading[],
  snapshots: readonly Snapshot[],
  base: Outcome
): Outcome {
  const { cfg } = ctx
  const several = cfg.functions.length > 1
  const built = buildPlan(
    readings.map(r => r.read),
    snapshots
  )
  if (!built.ok) return { ...base, errors: built.error.map(r => formatRefusal(r, several)) }
  return {
    ...base,
    status: 'planned',
    // The version to be published is not known yet: the changes say `next`.
    // The version to be published is not known yet: the changes say `next`. One function's
    // changes keep the single-function shape of the `changes` output (no function name).
    changes: slotChanges(built.value).map(({ functionName, functionArn, ...c }) => ({
      ...c,
      ...(several ? { functionName, functionArn } : {}),
      to: c.to === `${functionArn}:${NEXT}` ? NEXT : c.to
    })),
    previousVersions: several ? [] : previousVersions(cfg, snapshots),
    plan: planJson(built.value)
  }
}

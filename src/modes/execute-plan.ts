/**
 * Executing a Plan value's slot changes: ONE UpdateDistribution per distribution (IfMatch, with the
 * ETag the plan was made against; a 412 re-applies the same changes onto the fresh config), every
 * distribution side by side. Deploy and rollback, of one function or several, write through here.
 */
import type { Snapshot } from '../aws/cloudfront.js'
import { formatFailure } from '../aws/errors.js'
import type { FunctionConfig } from '../config.js'
import type { Body } from '../journal.js'
import { type Change, currentAssociation } from '../plan.js'
import { bind, targetsOf, type Versions } from '../plan/reapply.js'
import type { Plan, SlotChange } from '../plan/value.js'
import { type ModeContext, writeSlots } from './shared.js'

export interface Written {
  changes: SlotChange[]
  errors: string[]
}

/** `versions`: the version each function published, for the plan's `…:next` stand-ins. */
export async function writePlan(
  ctx: ModeContext,
  plan: Plan,
  snapshots: readonly Snapshot[],
  versions: Versions = new Map()
): Promise<Written> {
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

/** A function whose slots may not have moved, and the version they were meant to take. */
export interface Watch {
  spec: FunctionConfig
  functionName: string
  owner: string
  /** What the slots held before the run that wrote them. */
  from: string
  to: string
}

/**
 * The slots of the functions that did not move in `changes` (a run stopped after its write left
 * them there, unverified), as changes from what they held before to what they hold: the wait, the
 * check and the verdict still cover them.
 */
export function unmovedSlots(
  snapshots: readonly Snapshot[],
  watches: readonly Watch[],
  changes: readonly Change[]
): SlotChange[] {
  const moved = new Set(changes.map(c => c.functionArn))
  return watches
    .filter(w => !moved.has(w.owner))
    .flatMap(w =>
      snapshots.flatMap(s =>
        w.spec.cacheBehaviors.map(b => {
          const body = currentAssociation(s.config, b, w.spec.eventType)?.IncludeBody ?? false
          return {
            functionName: w.functionName,
            functionArn: w.owner,
            distributionId: s.id,
            cacheBehavior: b,
            eventType: w.spec.eventType,
            from: w.from,
            to: w.to,
            includeBody: body,
            fromIncludeBody: body
          }
        })
      )
    )
}

/** IncludeBody the function's slots will have: the input, or (empty input) what each slot has now. */
export function bodyAfter(spec: FunctionConfig, snapshots: readonly Snapshot[]): Body {
  if (spec.includeBody !== undefined) return spec.includeBody
  const bodies = new Set(
    snapshots.flatMap(s =>
      spec.cacheBehaviors.map(
        b => currentAssociation(s.config, b, spec.eventType)?.IncludeBody ?? false
      )
    )
  )
  return bodies.size === 1 ? [...bodies][0]! : bodies.size === 0 ? false : 'mixed'
}

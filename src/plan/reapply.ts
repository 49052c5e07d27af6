/**
 * Executing the plan's slot changes on a distribution config: pure. The first write applies them to
 * the snapshot the plan was made from; after a 412 they are re-applied onto the fresh config, from
 * the same plan (never from new inputs), so another writer's change elsewhere survives.
 */
import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import { type DesiredAssociation, planDistribution, type Skipped } from '../plan.js'
import { err, ok, type Result } from '../result.js'
import { NEXT, type Refusal, type SlotChange } from './value.js'

/** One slot to set, and the function that may take it over. */
export interface SlotTarget extends DesiredAssociation {
  functionName: string
  functionArn: string
}

/** Function ARN (unqualified) -> the version ARN its slots take. */
export type Versions = ReadonlyMap<string, string>

/** The plan's changes with the stand-in `…:next` replaced by the version each function published. */
export function bind(changes: readonly SlotChange[], versions: Versions): SlotChange[] {
  return changes.map(c =>
    c.to === `${c.functionArn}:${NEXT}` ? { ...c, to: versions.get(c.functionArn) ?? c.to } : c
  )
}

/** Which slot a change is about, and whose. */
const slotOf = (c: SlotChange) => ({
  functionName: c.functionName,
  functionArn: c.functionArn,
  cacheBehavior: c.cacheBehavior,
  eventType: c.eventType
})

/** The slots as a forward write sets them. */
export const targetsOf = (changes: readonly SlotChange[]): SlotTarget[] =>
  changes.map(c => ({ ...slotOf(c), arn: c.to ?? undefined, includeBody: c.includeBody }))

/** The slots put back as they were, but only those still holding what this run wrote. */
export const undoOf = (changes: readonly SlotChange[]): SlotTarget[] =>
  changes.map(c => ({
    ...slotOf(c),
    arn: c.from ?? undefined,
    includeBody: c.fromIncludeBody,
    expect: c.to
  }))

export interface Reapplied {
  config: DistributionConfig
  changes: SlotChange[]
  skipped: Skipped[]
}

/**
 * Sets every target slot on a copy of `config`, each function's slots with that function as the
 * owner, all in one config: one UpdateDistribution carries every function's change.
 */
export function reapply(
  distributionId: string,
  config: DistributionConfig,
  targets: readonly SlotTarget[]
): Result<Reapplied, Refusal[]> {
  const out: Reapplied = { config, changes: [], skipped: [] }
  const refusals: Refusal[] = []
  const owners = [...new Set(targets.map(t => t.functionArn))]
  for (const owner of owners) {
    const mine = targets.filter(t => t.functionArn === owner)
    const functionName = mine[0]!.functionName
    const p = planDistribution(distributionId, out.config, mine, owner)
    if (!p.ok) {
      refusals.push(...p.error.map(error => ({ functionName, distributionId, error })))
      continue
    }
    out.config = p.value.config
    out.changes.push(...p.value.changes.map(c => ({ ...c, functionName, functionArn: owner })))
    out.skipped.push(...p.value.skipped)
  }
  return refusals.length > 0 ? err(refusals) : ok(out)
}

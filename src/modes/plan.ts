/**
 * Plan mode: the preflight plus what a deploy would change on each distribution, from the live
 * configs. Read-only by construction: it calls no mutating API, so read-only credentials do.
 */
import { emptyOutcome, type Outcome } from '../outcome.js'
import { desiredFor, planDistribution } from '../plan.js'
import type { Preflight } from '../preflight.js'
import {
  checkDistributions,
  type ModeContext,
  precheck,
  previousVersions,
  readAll
} from './shared.js'

/** Stands for the version the deploy will publish; rendered as "next". */
export const NEXT = 'next'

export async function plan(ctx: ModeContext & { preflight: Preflight }): Promise<Outcome> {
  const { cfg, clients, preflight } = ctx
  const owner = preflight.fn.arn
  const out: Outcome = { ...emptyOutcome('failed'), functionArn: owner, verdict: preflight.verdict }
  const { snapshots, errors } = await readAll(clients, cfg.distributionIds)
  const rules = checkDistributions(preflight, cfg, snapshots)
  out.verdict = rules.verdict
  const refusals = [...errors, ...precheck(cfg, owner, snapshots), ...rules.refusals]
  if (refusals.length > 0) return { ...out, errors: refusals }
  const desired = desiredFor(
    cfg.cacheBehaviors,
    cfg.eventType,
    `${owner}:${NEXT}`,
    // Like deploy: an empty include-body keeps each slot's setting.
    cfg.includeBody ?? 'keep'
  )
  const changes = snapshots.flatMap(s => {
    const p = planDistribution(s.id, s.config, desired, owner)
    return p.ok ? p.value.changes.map(c => ({ ...c, to: NEXT })) : []
  })
  return { ...out, status: 'planned', changes, previousVersions: previousVersions(cfg, snapshots) }
}

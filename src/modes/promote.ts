/**
 * Promote mode (a canary left with `canary-promote: manual`): copy each staging config onto its
 * primary with both ETags, wait until the primaries are Deployed, record the version as good.
 * And the abort that `mode: rollback` does while a canary is live: disable the policies.
 */
import type { Snapshot } from '../aws/cloudfront.js'
import { formatFailure } from '../aws/errors.js'
import type { FunctionState } from '../aws/lambda.js'
import { readTargets, setPolicyEnabled } from '../aws/staging.js'
import type { CanaryTarget } from '../canary.js'
import { parseFunctionArn, unqualifiedArn, versionOf } from '../edge.js'
import { type CanaryReport, emptyOutcome, type Outcome } from '../outcome.js'
import { type Change, currentAssociation } from '../plan.js'
import { err, ok, type Result } from '../result.js'
import { driftRefusal, promoteAll, rememberCanary } from './canary.js'
import { withLock } from './journaled.js'
import { liveArns, type ModeContext, previousVersions, readAll } from './shared.js'

export interface PromoteContext extends ModeContext {
  fn: FunctionState
}

export type LiveCanary = CanaryTarget & {
  staging: { id: string; domainName: string }
  policyId: string
}

/** The primaries whose policy is on and routes to a staging distribution: the live canaries. */
async function liveCanaries(
  ctx: ModeContext,
  primaries: readonly Snapshot[]
): Promise<Result<LiveCanary[], string>> {
  const read = await readTargets(ctx.clients, primaries)
  if (!read.ok) return err(formatFailure(read.error))
  return ok(
    read.value.targets.filter(
      (t): t is LiveCanary => t.policyEnabled === true && t.staging !== undefined && !!t.policyId
    )
  )
}

/** Slot by slot, what the primary holds and what the staging distribution would bring. */
function slotChanges(ctx: ModeContext, primary: Snapshot, staging: Snapshot): Change[] {
  const { cfg } = ctx
  return cfg.cacheBehaviors.flatMap(b => {
    const from = currentAssociation(primary.config, b, cfg.eventType)
    const to = currentAssociation(staging.config, b, cfg.eventType)
    if ((from?.LambdaFunctionARN ?? null) === (to?.LambdaFunctionARN ?? null)) return []
    return [
      {
        distributionId: primary.id,
        cacheBehavior: b,
        eventType: cfg.eventType,
        from: from?.LambdaFunctionARN ?? null,
        to: to?.LambdaFunctionARN ?? null,
        includeBody: to?.IncludeBody ?? false,
        fromIncludeBody: from?.IncludeBody ?? false
      }
    ]
  })
}

/** What the live policy routes, as the report of the deploy that staged it said. */
function trafficOf(
  t: CanaryTarget['traffic']
): Pick<
  CanaryReport,
  'traffic' | 'header' | 'headerValue' | 'weightPercent' | 'stickinessSeconds'
> {
  const weight = t?.SingleWeightConfig
  if (t?.Type === 'SingleWeight' && weight)
    return {
      traffic: 'weight',
      header: '',
      headerValue: '',
      weightPercent: Math.round((weight.Weight ?? 0) * 10_000) / 100,
      stickinessSeconds: weight.SessionStickinessConfig?.IdleTTL
    }
  const header = t?.SingleHeaderConfig
  return { traffic: 'header', header: header?.Header ?? '', headerValue: header?.Value ?? '' }
}

const report = (live: readonly LiveCanary[], state: CanaryReport['state']): CanaryReport => ({
  ...trafficOf(live[0]?.traffic),
  promote: 'manual',
  distributions: live.map(l => ({
    primaryId: l.primaryId,
    stagingId: l.staging.id,
    policyId: l.policyId,
    createdStaging: false
  })),
  verified: [],
  state
})

/**
 * Everything that could refuse is read and checked first, so a refused promotion writes nothing
 * (not even the lock); promotion writes the primaries under the function's lock, like a deploy,
 * checked again there after waiting for another run. promoteStaging checks the drift once more on
 * the reads whose ETags it sends.
 */
export async function promote(ctx: PromoteContext): Promise<Outcome> {
  const first = await check(ctx)
  if ('ended' in first) return first.ended
  return withLock(ctx, ctx.fn.facts.name, first.out, async held => {
    const c = held.waitedMs === 0 && !held.tookOver ? first : await check(ctx)
    return 'ended' in c ? c.ended : promoteChecked(ctx, c)
  })
}

interface Checked {
  out: Outcome
  live: LiveCanary[]
  version: string
}

async function check(ctx: PromoteContext): Promise<Checked | { ended: Outcome }> {
  const { cfg, clients, fn } = ctx
  const out: Outcome = { ...emptyOutcome('failed'), functionArn: fn.arn }
  const refuse = (errors: string[]): { ended: Outcome } => ({ ended: { ...out, errors } })
  const { snapshots, errors } = await readAll(clients, cfg.distributionIds)
  if (errors.length > 0) return refuse(errors)
  out.previousVersions = previousVersions(cfg, snapshots)
  const live = await liveCanaries(ctx, snapshots)
  if (!live.ok) return refuse([live.error])
  const missing = cfg.distributionIds.filter(id => !live.value.some(l => l.primaryId === id))
  if (missing.length > 0)
    return refuse([
      `No canary is live on ${missing.join(', ')} (no enabled continuous deployment policy with a staging distribution): nothing to promote. Deploy with canary and canary-promote: manual first. Nothing was changed.`
    ])
  const staged = await readAll(
    clients,
    live.value.map(l => l.staging.id)
  )
  if (staged.errors.length > 0) return refuse(staged.errors)
  // The staging slots must hold one version of this function: that is what gets promoted.
  const versions = [...new Set(liveArns(cfg, staged.snapshots))]
  const arn = versions.length === 1 ? versions[0] : undefined
  const version = arn ? versionOf(arn) : undefined
  if (!arn || !version || !arn.startsWith(`${fn.arn}:`))
    return refuse([
      `The staging distributions do not hold one version of ${fn.facts.name} in the requested slots (found ${versions.map(v => v ?? 'none').join(', ')}): check inputs "function-name", "event-type" and "cache-behavior". Nothing was changed.`
    ])
  const pairs = live.value.map(l => ({
    primary: snapshots.find(s => s.id === l.primaryId)!,
    staging: staged.snapshots.find(s => s.id === l.staging.id)!
  }))
  const drift = pairs.flatMap(p => {
    const d = driftRefusal(ctx, p.primary, p.staging, fn.arn)
    return d ? [formatFailure(d)] : []
  })
  if (drift.length > 0) return refuse(drift)
  out.version = version
  out.versionArn = arn
  out.changes = pairs.flatMap(p => slotChanges(ctx, p.primary, p.staging))
  out.canary = report(live.value, 'live')
  return { out, live: live.value, version }
}

async function promoteChecked(ctx: PromoteContext, c: Checked): Promise<Outcome> {
  const { fn } = ctx
  const { out } = c
  const pairs = c.live.map(l => ({ primaryId: l.primaryId, stagingId: l.staging.id }))
  const promoted = await promoteAll(ctx, pairs, fn.arn)
  out.timings.waitMs = promoted.waitMs
  if (promoted.promoted.length > 0) {
    out.canary!.state = 'promoted'
    await rememberCanary(
      ctx,
      fn.facts.name,
      c.version,
      out.previousVersions.filter(v => /^\d+$/.test(v)),
      true
    )
  }
  out.changes = out.changes.filter(ch => promoted.promoted.includes(ch.distributionId))
  return promoted.errors.length > 0
    ? { ...out, status: 'failed', errors: promoted.errors }
    : { ...out, status: 'deployed' }
}

/**
 * The canaries live on these primaries (policy on, routing to a staging distribution); empty when
 * none is (or the policies cannot be read: the ordinary rollback then applies).
 */
export async function liveCanariesOn(
  ctx: ModeContext,
  snapshots: readonly Snapshot[]
): Promise<LiveCanary[]> {
  if (!snapshots.some(s => s.config.ContinuousDeploymentPolicyId)) return []
  const live = await liveCanaries(ctx, snapshots)
  return live.ok ? live.value : []
}

/**
 * `mode: rollback` while a canary is live: turn its policies off (all traffic back to the
 * primaries, whose config the canary never changed) and record the staging version as bad in the
 * journal. `name`: the function's name (its ARN is read off the staging slots).
 */
export async function abortLiveCanary(
  ctx: ModeContext,
  snapshots: readonly Snapshot[],
  live: readonly LiveCanary[],
  name: string
): Promise<Outcome> {
  const { cfg, clients } = ctx
  const out: Outcome = {
    ...emptyOutcome('failed'),
    previousVersions: previousVersions(cfg, snapshots),
    canary: report(live, 'aborted')
  }
  const failures: string[] = []
  for (const l of live) {
    const off = await setPolicyEnabled(clients, l.policyId, false, ctx.clock)
    if (!off.ok)
      failures.push(
        `Could not disable policy ${l.policyId} of ${l.primaryId}: ${formatFailure(off.error)}`
      )
    else ctx.log.info(`Canary on ${l.primaryId} aborted: policy ${l.policyId} disabled.`)
  }
  if (failures.length > 0) return { ...out, errors: failures }
  const staged = await readAll(
    clients,
    live.map(l => l.staging.id)
  )
  const ours = [...new Set(liveArns(cfg, staged.snapshots))].flatMap(a => {
    const parsed = a ? parseFunctionArn(a) : undefined
    return parsed && parsed.name === name && a && versionOf(a) ? [{ a, parsed }] : []
  })
  const bad = ours.map(o => versionOf(o.a)!)
  for (const v of bad) await rememberCanary(ctx, name, v, out.previousVersions, false)
  const functionArn = ours[0] ? unqualifiedArn(ours[0].parsed) : undefined
  return { ...out, functionArn, status: 'rolled-back', version: bad[0] }
}

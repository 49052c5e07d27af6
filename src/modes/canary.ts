/**
 * Deploy with `canary`: the published version goes to each primary's STAGING distribution first,
 * a continuous deployment policy sends the run's header (then, in weight mode, a share of viewers)
 * there, the health check runs through that header, and only then is the staging config promoted
 * onto the primary. Before promotion the primary's config never changes (except, once, to attach
 * the policy), so undoing a canary is disabling the policy: no primary update, no propagation.
 */
import { randomBytes } from 'node:crypto'
import { applyAssociations, readDistribution, type Snapshot } from '../aws/cloudfront.js'
import { bakeStep } from '../bake/step.js'
import { type AwsFailure, formatFailure } from '../aws/errors.js'
import { checkHealth } from '../aws/health.js'
import {
  attachPolicy,
  createStaging,
  promoteStaging,
  putPolicy,
  readTargets,
  setPolicyEnabled
} from '../aws/staging.js'
import {
  canaryRefusals,
  type CanaryTarget,
  policyConfig,
  stagingBase,
  stagingDrift,
  type Traffic
} from '../canary.js'
import { recordVerdict } from '../journal.js'
import type { CanaryReport, Outcome } from '../outcome.js'
import { type Change, currentAssociation, desiredFor } from '../plan.js'
import { err, ok, type Result } from '../result.js'
import { writeVerdict } from './journaled.js'
import { type ModeContext, waitUntilDeployed } from './shared.js'

/** Reads each primary's policy and staging distribution and refuses what cannot work. Reads only. */
export async function prepareCanary(
  ctx: ModeContext,
  primaries: readonly Snapshot[]
): Promise<Result<CanaryTarget[], string[]>> {
  const read = await readTargets(ctx.clients, primaries)
  if (!read.ok) return err([formatFailure(read.error)])
  const refusals = canaryRefusals(primaries, read.value.targets, read.value.counts)
  return refusals.length > 0 ? err(refusals) : ok(read.value.targets)
}

/** A value no earlier run used, so a stale client cannot reach this run's staging by accident. */
function runHeaderValue(): string {
  const run = process.env.GITHUB_RUN_ID
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1'
  const nonce = randomBytes(4).toString('hex')
  return run ? `run-${run}-${attempt}-${nonce}` : `local-${nonce}`
}

/**
 * The verdict on a canary's version in the deploy journal (src/journal.ts), for `mode: promote`
 * and the abort: good once promoted, bad once aborted. A failure to write it is a warning.
 */
export async function rememberCanary(
  ctx: ModeContext,
  functionName: string,
  version: string,
  replaced: readonly string[],
  succeeded: boolean
): Promise<void> {
  const v = Number(version)
  const before = replaced.map(Number).filter(Number.isInteger)
  await writeVerdict(ctx, functionName, undefined, current => {
    if (succeeded)
      return { journal: recordVerdict(current.journal, v, 'good', { replaced: before }), live: v }
    const live = current.liveVersion ?? before[0]
    return live === undefined
      ? undefined
      : { journal: recordVerdict(current.journal, v, 'bad'), live }
  })
}

export interface Published {
  version: string
  versionArn: string
}

interface Live {
  primary: Snapshot
  stagingId: string
  stagingDomain: string
  policyId?: string
}

export interface CanaryResult {
  outcome: Outcome
  /** What the deploy history should say about the version: nothing yet while promotion is pending. */
  record: 'success' | 'failure' | 'none'
}

/** Turns the policies off: all their traffic is the primaries' again. Returns what failed. */
async function disablePolicies(ctx: ModeContext, live: readonly Live[]): Promise<string[]> {
  const leftovers: string[] = []
  for (const l of live) {
    if (!l.policyId) continue
    const off = await setPolicyEnabled(ctx.clients, l.policyId, false, ctx.clock)
    if (!off.ok)
      leftovers.push(
        `Could not disable continuous deployment policy ${l.policyId} of ${l.primary.id}: ${formatFailure(off.error)} Disable it in the CloudFront console (Continuous deployment) now.`
      )
  }
  return leftovers
}

/** Every policy this run may have turned on goes off; the primaries' configs were never changed. */
async function abort(
  ctx: ModeContext,
  live: readonly Live[],
  out: Outcome,
  errors: string[]
): Promise<CanaryResult> {
  const leftovers = await disablePolicies(ctx, live)
  if (leftovers.length === 0)
    ctx.log.warning(
      'Canary aborted: the continuous deployment policies are disabled, all traffic goes to the primary distributions, whose configuration this run did not change.'
    )
  if (out.canary) out.canary.state = 'aborted'
  return {
    outcome: { ...out, status: 'failed', errors: [...errors, ...leftovers] },
    record: 'failure'
  }
}

async function stage(
  ctx: ModeContext,
  primaries: readonly Snapshot[],
  targets: readonly CanaryTarget[],
  report: CanaryReport
): Promise<Result<Live[], string>> {
  const live: Live[] = []
  for (const t of targets) {
    const primary = primaries.find(p => p.id === t.primaryId)!
    // An earlier canary left on (manual promotion never came) must not show this version unchecked.
    if (t.policyId && t.policyEnabled) {
      const off = await setPolicyEnabled(ctx.clients, t.policyId, false, ctx.clock)
      if (!off.ok) return err(formatFailure(off.error))
      ctx.log.warning(
        `An earlier canary was still live on ${t.primaryId}: its policy is now disabled.`
      )
    }
    let staging = t.staging
    if (staging && t.leftOver)
      ctx.log.warning(
        `Reusing staging distribution ${staging.id} of ${t.primaryId}, left by an earlier canary that stopped before its continuous deployment policy was attached${t.policyId ? ` (and its policy ${t.policyId})` : ''}.`
      )
    if (!staging) {
      const made = await createStaging(ctx.clients, t.primaryId, ctx.clock)
      if (!made.ok) return err(formatFailure(made.error))
      staging = made.value
      ctx.log.info(`Created staging distribution ${staging.id} (a copy of ${t.primaryId}).`)
    }
    report.distributions.push({
      primaryId: t.primaryId,
      stagingId: staging.id,
      policyId: t.policyId ?? '',
      createdStaging: !t.staging
    })
    live.push({
      primary,
      stagingId: staging.id,
      stagingDomain: staging.domainName,
      policyId: t.policyId
    })
  }
  return ok(live)
}

/** The plan's slot changes, on the staging distributions (based on each primary's config now). */
async function applyToStaging(
  ctx: ModeContext,
  live: readonly Live[],
  owner: string,
  arn: string
): Promise<Result<Change[], string[]>> {
  const { cfg } = ctx
  const desired = desiredFor(cfg.cacheBehaviors, cfg.eventType, arn, cfg.includeBody ?? false)
  const applied = await Promise.all(
    live.map(async l => {
      const staging = await readDistribution(ctx.clients, l.stagingId)
      if (!staging.ok) return staging
      const first = {
        ...staging.value,
        config: stagingBase(l.primary.config, staging.value.config)
      }
      return applyAssociations(ctx.clients, l.stagingId, desired, owner, {
        clock: ctx.clock,
        first,
        onRetry: (n, why) => ctx.log.info(`Retry ${n}: ${why}`)
      })
    })
  )
  const errors = applied.flatMap(a => (a.ok ? [] : [formatFailure(a.error)]))
  return errors.length > 0 ? err(errors) : ok(applied.flatMap(a => (a.ok ? a.value.changes : [])))
}

/** Creates or updates each policy with `traffic`, enabled, and attaches it to its primary once. */
async function route(
  ctx: ModeContext,
  live: Live[],
  traffic: Traffic,
  report: CanaryReport
): Promise<string[]> {
  const attached: string[] = []
  for (const [i, l] of live.entries()) {
    const put = await putPolicy(
      ctx.clients,
      l.policyId,
      policyConfig(l.stagingDomain, traffic, true),
      ctx.clock
    )
    if (!put.ok) return [formatFailure(put.error)]
    l.policyId = put.value
    report.distributions[i]!.policyId = put.value
    const a = await attachPolicy(ctx.clients, l.primary.id, put.value, ctx.clock)
    if (!a.ok) return [formatFailure(a.error)]
    if (a.value) attached.push(l.primary.id)
  }
  if (attached.length === 0) return []
  // Attaching is a change to the primary's config: it routes only once that has propagated.
  ctx.log.info(
    `Attached the continuous deployment policy to ${attached.join(', ')} (once; it stays attached).`
  )
  const waited = await waitUntilDeployed(ctx, attached)
  return waited.ok ? [] : [waited.reason]
}

async function healthThroughHeader(
  ctx: ModeContext,
  header: string,
  value: string
): Promise<string[]> {
  const { cfg } = ctx
  if (!cfg.healthCheckUrl) return []
  const health = await ctx.log.group(
    `Health check ${cfg.healthCheckUrl} (canary header ${header})`,
    () =>
      checkHealth({
        url: cfg.healthCheckUrl!,
        expectStatus: cfg.healthCheckStatus,
        clock: ctx.clock,
        headers: { [header]: value },
        budgetMs: cfg.healthCheckTimeoutSeconds * 1000,
        intervalMs: Math.min(5000, Math.max(250, (cfg.healthCheckTimeoutSeconds * 1000) / 4))
      })
  )
  return health.ok ? [] : [`On the staging distribution: ${health.error}`]
}

/**
 * Why the staging config must not be promoted onto its primary: they differ beyond the canary's
 * slots (the primary changed after the canary was staged). Undefined: promotion is safe.
 */
export function driftRefusal(
  ctx: ModeContext,
  primary: Snapshot,
  staging: Snapshot,
  owner: string
): AwsFailure | undefined {
  const { cfg } = ctx
  const slots = cfg.cacheBehaviors.map(b => {
    const a = currentAssociation(staging.config, b, cfg.eventType)
    return {
      cacheBehavior: b,
      eventType: cfg.eventType,
      arn: a?.LambdaFunctionARN,
      includeBody: a?.IncludeBody ?? false
    }
  })
  const fields = stagingDrift(primary.config, staging.config, slots, owner)
  if (fields.length === 0) return undefined
  return {
    code: 'PrimaryChanged',
    message: `Not promoting ${staging.id} onto ${primary.id}: the two differ in ${fields.join(', ')} beyond the canary's slots (the primary was changed after the canary was staged, or the staging distribution by hand). Promotion copies the whole staging config and would undo that.`,
    advice:
      'Deploy again (the canary is staged afresh from the primary), or abort it with mode: rollback.'
  }
}

/** Promotes every staging config onto its primary and waits for the primaries. */
export async function promoteAll(
  ctx: ModeContext,
  pairs: readonly { primaryId: string; stagingId: string }[],
  owner: string
): Promise<{ errors: string[]; waitMs: number; promoted: string[] }> {
  const promoted: string[] = []
  const drifted = (primary: Snapshot, staging: Snapshot): AwsFailure | undefined =>
    driftRefusal(ctx, primary, staging, owner)
  const errors: string[] = []
  for (const p of pairs) {
    const r = await promoteStaging(ctx.clients, p.primaryId, p.stagingId, ctx.clock, drifted)
    if (!r.ok) {
      errors.push(formatFailure(r.error))
      break
    }
    promoted.push(p.primaryId)
    ctx.log.info(
      `Promoted staging ${p.stagingId} onto ${p.primaryId} (its policy is now disabled).`
    )
  }
  if (promoted.length === 0) return { errors, waitMs: 0, promoted }
  // Those already promoted are live whatever happened to the next ones: wait for them too.
  const waited = await waitUntilDeployed(ctx, promoted)
  if (!waited.ok) errors.push(waited.reason)
  return { errors, waitMs: waited.elapsedMs, promoted }
}

export const onPrimaries = (
  changes: readonly Change[],
  live: readonly { primaryId: string; stagingId: string }[]
): Change[] =>
  changes.map(c => ({
    ...c,
    distributionId: live.find(l => l.stagingId === c.distributionId)?.primaryId ?? c.distributionId
  }))

export async function releaseCanary(
  ctx: ModeContext,
  primaries: readonly Snapshot[],
  targets: readonly CanaryTarget[],
  published: Published,
  out: Outcome
): Promise<CanaryResult> {
  const { cfg, clock } = ctx
  const c = cfg.canary
  const headerValue = runHeaderValue()
  const report: CanaryReport = {
    traffic: c.kind === 'weight' ? 'weight' : 'header',
    header: c.header,
    headerValue,
    weightPercent: c.kind === 'weight' ? c.weightPercent : undefined,
    stickinessSeconds: c.kind === 'weight' ? c.stickinessSeconds : undefined,
    promote: c.promote,
    distributions: [],
    verified: [],
    state: 'live'
  }
  out.canary = report
  const staged = await stage(ctx, primaries, targets, report)
  if (!staged.ok) return abort(ctx, [], out, [staged.error])
  const live = staged.value

  const t1 = clock.now()
  const applied = await applyToStaging(ctx, live, out.functionArn!, published.versionArn)
  out.timings.updateMs = clock.now() - t1
  if (!applied.ok) return abort(ctx, [], out, applied.error)
  out.changes = applied.value
  const stagingIds = live.map(l => l.stagingId)
  const waited = await waitUntilDeployed(ctx, stagingIds)
  out.timings.waitMs = waited.elapsedMs
  out.states = waited.states
  if (!waited.ok) return abort(ctx, [], out, [waited.reason])
  report.verified.push(
    `staging ${stagingIds.join(', ')} Deployed with version ${published.version}`
  )

  // Verification first goes through the run's header in both modes, so the check reaches staging.
  const header: Traffic = { type: 'header', header: c.header, value: headerValue }
  const routed = await route(ctx, live, header, report)
  if (routed.length > 0) return abort(ctx, live, out, routed)
  const health = await healthThroughHeader(ctx, c.header, headerValue)
  if (health.length > 0) return abort(ctx, live, out, health)
  if (cfg.healthCheckUrl)
    report.verified.push(
      `health check ${cfg.healthCheckUrl} answered HTTP ${cfg.healthCheckStatus} through ${c.header}`
    )
  if (c.kind === 'weight') {
    const weight: Traffic = {
      type: 'weight',
      percent: c.weightPercent,
      stickinessSeconds: c.stickinessSeconds
    }
    const r = await route(ctx, live, weight, report)
    if (r.length > 0) return abort(ctx, live, out, r)
    ctx.log.info(
      `${c.weightPercent}% of viewers now reach version ${published.version} on staging.`
    )
  }

  // The bake (bake-seconds) holds each staging distribution's 5xx rate against its primary's over
  // the same periods while staging takes its share of viewers; a regression aborts before promotion.
  const baked = await bakeStep(
    ctx,
    out,
    t1,
    live.map(l => ({ distributionId: l.stagingId, against: 'primary', primaryId: l.primary.id }))
  )
  if (baked.length > 0) return abort(ctx, live, out, baked)
  if (out.bake?.result === 'pass') report.verified.push(`bake of ${cfg.bake.seconds} s passed`)
  if (c.promote === 'manual') {
    ctx.log.info(
      'Canary live; promotion waits for a run with mode: promote (or mode: rollback to abort).'
    )
    return { outcome: { ...out, status: 'canary' }, record: 'none' }
  }
  const pairs = report.distributions
  const promoted = await promoteAll(ctx, pairs, out.functionArn!)
  out.timings.waitMs = (out.timings.waitMs ?? 0) + promoted.waitMs
  if (promoted.promoted.length === 0) return abort(ctx, live, out, promoted.errors)
  // A promotion that stopped part-way: the rest must not keep serving the canary.
  const rest = live.filter(l => !promoted.promoted.includes(l.primary.id))
  promoted.errors.push(...(await disablePolicies(ctx, rest)))
  report.state = 'promoted'
  const changes = onPrimaries(out.changes, pairs).filter(ch =>
    promoted.promoted.includes(ch.distributionId)
  )
  const status = promoted.errors.length > 0 ? 'failed' : 'deployed'
  return { outcome: { ...out, status, changes, errors: promoted.errors }, record: 'success' }
}

export const replacedVersions = (out: Outcome): string[] =>
  out.previousVersions.filter(v => /^\d+$/.test(v))

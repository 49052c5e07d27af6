/**
 * Deploy mode: publish a version, re-point the associations with IfMatch, wait until Deployed,
 * check health. Every mutation comes after every check that could refuse the deploy, and a
 * failure after the first distribution update puts the changed associations back.
 */
import { createHash } from 'node:crypto'
import type { Snapshot } from '../aws/cloudfront.js'
import { formatFailure } from '../aws/errors.js'
import {
  publish,
  readVersion,
  updateCode,
  updateConfiguration,
  updateHistory
} from '../aws/lambda.js'
import { versionOf } from '../edge.js'
import { recordFailure, recordSuccess } from '../history.js'
import { emptyOutcome, type Outcome } from '../outcome.js'
import { desiredFor, planDistribution } from '../plan.js'
import type { Preflight } from '../preflight.js'
import type { FunctionFacts } from '../rules/facts.js'
import { prepareCanary, releaseCanary, replacedVersions } from './canary.js'
import { settle } from './settle.js'
import {
  applyEverywhere,
  checkDistributions,
  liveArns,
  type ModeContext,
  precheck,
  previousVersions,
  readAll,
  touchedIds
} from './shared.js'

export interface DeployContext extends ModeContext {
  preflight: Preflight
  /** Used when the `description` input is empty (repository@sha run N). */
  defaultDescription: string
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('base64')

const CONFIG_FIELDS = ['runtime', 'handler', 'memorySize', 'timeout'] as const
type ConfigFields = Pick<FunctionFacts, (typeof CONFIG_FIELDS)[number]>
const configDiffers = (a: ConfigFields, b: ConfigFields): boolean =>
  CONFIG_FIELDS.some(k => a[k] !== b[k])

/**
 * Unchanged means: every slot already holds one version whose code and configuration equal what
 * we would publish. Then nothing is written at all (Lambda would hand back that same version).
 */
async function alreadyLive(
  ctx: DeployContext,
  snapshots: readonly Snapshot[],
  codeSha: string
): Promise<string | undefined> {
  const { cfg, clients, preflight } = ctx
  const live = new Set(liveArns(cfg, snapshots))
  const [only] = [...live]
  const version = only ? versionOf(only) : undefined
  if (live.size !== 1 || !only || version === undefined) return undefined
  const desired = desiredFor(cfg.cacheBehaviors, cfg.eventType, only, cfg.includeBody ?? false)
  const moves = snapshots.some(s => {
    const p = planDistribution(s.id, s.config, desired, preflight.fn.arn)
    return !p.ok || p.value.changes.length > 0
  })
  if (moves) return undefined
  const v = await readVersion(clients, preflight.fn.facts.name, version)
  if (!v.ok || v.value.CodeSha256 !== codeSha) return undefined
  const published = {
    runtime: v.value.Runtime,
    handler: v.value.Handler,
    memorySize: v.value.MemorySize ?? 128,
    timeout: v.value.Timeout ?? 3
  }
  return configDiffers(published, preflight.effective) ? undefined : only
}

/** Configuration, then code, then PublishVersion guarded by the code hash. */
export async function publishNew(
  ctx: DeployContext,
  codeSha: string,
  zip: Buffer | undefined
): Promise<{ version: string; versionArn: string } | { error: string }> {
  const { cfg, clients, preflight } = ctx
  const name = preflight.fn.facts.name
  const wait = { maxWaitSeconds: Math.min(cfg.waitTimeoutSeconds, 900) }
  let revisionId = preflight.fn.revisionId
  // Nothing live changes before PublishVersion, but $LATEST does: say so if a later step fails.
  const changed: string[] = []
  const failedAfter = (message: string): { error: string } => ({
    error: changed.length
      ? `${message}\n$LATEST of ${name} already has the new ${changed.join(' and ')} (no version was published, nothing live changed); re-run to publish, or restore it by hand.`
      : message
  })
  if (configDiffers(preflight.fn.facts, preflight.effective)) {
    const r = await updateConfiguration(clients, name, cfg.changes, wait)
    if (!r.ok) return { error: formatFailure(r.error) }
    revisionId = r.value
    changed.push('configuration')
  }
  if (zip && codeSha !== preflight.fn.facts.codeSha256) {
    const r = await updateCode(clients, name, zip, wait)
    if (!r.ok) return failedAfter(formatFailure(r.error))
    revisionId = r.value.revisionId
    changed.push('code')
  }
  const p = await publish(
    clients,
    name,
    { codeSha256: codeSha || undefined, revisionId },
    cfg.description ?? ctx.defaultDescription,
    wait
  )
  return p.ok
    ? { version: p.value.version, versionArn: p.value.versionArn }
    : failedAfter(formatFailure(p.error))
}

/** Bookkeeping for rollback; a failure here is a warning: the deploy itself already happened. */
async function remember(
  ctx: DeployContext,
  version: string,
  replaced: string[],
  succeeded: boolean
): Promise<void> {
  const v = Number(version)
  const before = replaced.map(Number).filter(Number.isInteger)
  const w = await updateHistory(ctx.clients, ctx.preflight.fn.facts.name, current => {
    if (succeeded) return { history: recordSuccess(current.history, v, before), live: v }
    // After a failed deploy the old version is still live; the alias keeps following it.
    const live = current.liveVersion ?? before[0]
    return live === undefined ? undefined : { history: recordFailure(current.history, v), live }
  })
  if (!w.ok) ctx.log.warning(`Could not record the deploy history: ${formatFailure(w.error)}`)
}

export async function deploy(ctx: DeployContext): Promise<Outcome> {
  const { cfg, clients, clock, preflight } = ctx
  const owner = preflight.fn.arn
  const out: Outcome = { ...emptyOutcome('failed'), functionArn: owner, verdict: preflight.verdict }

  const { snapshots, errors: readErrors } = await readAll(clients, cfg.distributionIds)
  const rules = checkDistributions(preflight, cfg, snapshots)
  out.verdict = rules.verdict
  const refusals = [...readErrors, ...precheck(cfg, owner, snapshots), ...rules.refusals]
  if (refusals.length > 0) return { ...out, errors: refusals }
  out.previousVersions = previousVersions(cfg, snapshots)
  const canary = cfg.canary.kind === 'off' ? undefined : await prepareCanary(ctx, snapshots)
  if (canary && !canary.ok) return { ...out, errors: canary.error }

  const zip = preflight.pkg ? await preflight.pkg.bytes() : undefined
  const codeSha = zip ? sha256(zip) : (preflight.fn.facts.codeSha256 ?? '')
  const live = await alreadyLive(ctx, snapshots, codeSha)
  if (live) {
    ctx.log.info(
      `Version ${versionOf(live)} already holds this code and configuration and is live everywhere: nothing to do.`
    )
    return { ...out, status: 'unchanged', version: versionOf(live), versionArn: live }
  }

  const t0 = clock.now()
  const published = await publishNew(ctx, codeSha, zip)
  if ('error' in published) return { ...out, errors: [published.error] }
  Object.assign(out, published)
  out.timings.publishMs = clock.now() - t0
  ctx.log.info(`Published ${published.versionArn}`)
  if (canary) {
    const c = await releaseCanary(ctx, snapshots, canary.value, published, out)
    if (c.record !== 'none')
      await remember(ctx, published.version, replacedVersions(out), c.record === 'success')
    return c.outcome
  }

  const t1 = clock.now()
  const applied = await applyEverywhere(ctx, snapshots, owner, published.versionArn)
  out.timings.updateMs = clock.now() - t1
  out.changes = applied.changes
  // What the slots really held when we wrote (a 412 re-read may have found other versions).
  const replaced = out.changes.flatMap(c =>
    c.from && versionOf(c.from) ? [versionOf(c.from)!] : []
  )
  if (touchedIds(out.changes).length === 0 && applied.errors.length === 0) {
    ctx.log.info(`Every association already pointed at version ${published.version}.`)
    return { ...out, status: 'unchanged' }
  }

  const settled = await settle(ctx, owner, out, applied.errors)
  await remember(ctx, published.version, replaced, settled.status === 'deployed')
  return settled
}

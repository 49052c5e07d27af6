/**
 * Deploy mode: preflight, publish a version, re-point the associations with IfMatch, wait until
 * Deployed. Every mutation comes after every check that could refuse the deploy, and a failure
 * after the first distribution update puts the changed associations back.
 */
import { createHash } from 'node:crypto'
import * as core from '@actions/core'
import {
  applyAssociations,
  readDistribution,
  type Snapshot,
  waitDeployed
} from './aws/cloudfront.js'
import type { AwsClients } from './aws/clients.js'
import { formatFailure } from './aws/errors.js'
import { publish, readVersion, updateCode, updateConfiguration } from './aws/lambda.js'
import type { Clock } from './clock.js'
import type { Config } from './config.js'
import { versionOf } from './edge.js'
import { emptyOutcome, type Outcome } from './outcome.js'
import {
  type Change,
  currentAssociation,
  desiredFor,
  formatPlanError,
  planDistribution,
  reverse
} from './plan.js'
import type { Preflight } from './preflight.js'
import type { FunctionFacts } from './rules/facts.js'

export interface DeployContext {
  cfg: Config
  clients: AwsClients
  clock: Clock
  preflight: Preflight
  /** Used when the `description` input is empty (repository@sha run N). */
  defaultDescription: string
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('base64')

/** Reads every distribution side by side; the first failure wins. */
export async function readAll(
  clients: AwsClients,
  ids: readonly string[]
): Promise<{ snapshots: Snapshot[]; errors: string[] }> {
  const reads = await Promise.all(ids.map(id => readDistribution(clients, id)))
  const snapshots = reads.flatMap(r => (r.ok ? [r.value] : []))
  const errors = reads.flatMap(r => (r.ok ? [] : [formatFailure(r.error)]))
  return { snapshots, errors }
}

/** Plan against what is live now, with a stand-in for the version to come: refusals surface before any change. */
export function precheck(cfg: Config, owner: string, snapshots: readonly Snapshot[]): string[] {
  const desired = desiredFor(cfg.cacheBehaviors, cfg.eventType, `${owner}:next`, cfg.includeBody)
  return snapshots.flatMap(s => {
    const plan = planDistribution(s.id, s.config, desired, owner)
    return plan.ok ? [] : plan.error.map(e => formatPlanError(s.id, e))
  })
}

/** The ARNs live in the requested slots now (null for an empty slot). */
export function liveArns(cfg: Config, snapshots: readonly Snapshot[]): (string | null)[] {
  return snapshots.flatMap(s =>
    cfg.cacheBehaviors.map(
      b => currentAssociation(s.config, b, cfg.eventType)?.LambdaFunctionARN ?? null
    )
  )
}

const CONFIG_FIELDS = ['runtime', 'handler', 'memorySize', 'timeout'] as const

function configDiffers(
  a: Pick<FunctionFacts, (typeof CONFIG_FIELDS)[number]>,
  b: Pick<FunctionFacts, (typeof CONFIG_FIELDS)[number]>
): boolean {
  return CONFIG_FIELDS.some(k => a[k] !== b[k])
}

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
  if (live.size !== 1 || !only || versionOf(only) === undefined) return undefined
  const desired = desiredFor(cfg.cacheBehaviors, cfg.eventType, only, cfg.includeBody)
  if (
    snapshots.some(s => {
      const p = planDistribution(s.id, s.config, desired, preflight.fn.arn)
      return !p.ok || p.value.changes.length > 0
    })
  )
    return undefined
  const v = await readVersion(clients, preflight.fn.facts.name, versionOf(only)!)
  if (!v.ok || v.value.CodeSha256 !== codeSha) return undefined
  const versionCfg = {
    runtime: v.value.Runtime,
    handler: v.value.Handler,
    memorySize: v.value.MemorySize ?? 128,
    timeout: v.value.Timeout ?? 3
  }
  return configDiffers(versionCfg, preflight.effective) ? undefined : only
}

/** Puts every changed slot back as it was, with the same IfMatch care. Returns what could not be restored. */
export async function restore(
  ctx: Pick<DeployContext, 'clients' | 'clock'>,
  owner: string,
  changes: readonly Change[]
): Promise<string[]> {
  const byDistribution = new Map<string, Change[]>()
  for (const c of changes)
    byDistribution.set(c.distributionId, [...(byDistribution.get(c.distributionId) ?? []), c])
  const results = await Promise.all(
    [...byDistribution].map(async ([id, cs]) => {
      const r = await applyAssociations(ctx.clients, id, reverse(cs), owner, { clock: ctx.clock })
      return r.ok ? [] : [`Could not restore ${id}: ${formatFailure(r.error)}`]
    })
  )
  return results.flat()
}

export async function deploy(ctx: DeployContext): Promise<Outcome> {
  const { cfg, clients, clock, preflight } = ctx
  const out = emptyOutcome('failed')
  const owner = preflight.fn.arn
  const name = preflight.fn.facts.name
  out.functionArn = owner
  out.verdict = preflight.verdict

  const { snapshots, errors: readErrors } = await readAll(clients, cfg.distributionIds)
  const refusals = [...readErrors, ...precheck(cfg, owner, snapshots)]
  if (refusals.length > 0) return { ...out, errors: refusals }
  out.previousVersions = [
    ...new Set(liveArns(cfg, snapshots).map(a => (a ? (versionOf(a) ?? a) : 'none')))
  ]

  const zip = preflight.pkg ? await preflight.pkg.bytes() : undefined
  const codeSha = zip ? sha256(zip) : (preflight.fn.facts.codeSha256 ?? '')
  const live = await alreadyLive(ctx, snapshots, codeSha)
  if (live) {
    core.info(
      `Version ${versionOf(live)} already holds this code and configuration and is live everywhere: nothing to do.`
    )
    return { ...out, status: 'unchanged', version: versionOf(live), versionArn: live }
  }

  // Publish: configuration first (it is checked as it will be), then code, then the version.
  const t0 = clock.now()
  const wait = { maxWaitSeconds: Math.min(cfg.waitTimeoutSeconds, 900) }
  let revisionId = preflight.fn.revisionId
  if (configDiffers(preflight.fn.facts, preflight.effective)) {
    const r = await updateConfiguration(clients, name, cfg.changes, wait)
    if (!r.ok) return { ...out, errors: [formatFailure(r.error)] }
    revisionId = r.value
  }
  if (zip && codeSha !== preflight.fn.facts.codeSha256) {
    const r = await updateCode(clients, name, zip, wait)
    if (!r.ok) return { ...out, errors: [formatFailure(r.error)] }
    revisionId = r.value.revisionId
  }
  const published = await publish(
    clients,
    name,
    { codeSha256: codeSha || undefined, revisionId },
    cfg.description ?? ctx.defaultDescription,
    wait
  )
  if (!published.ok) return { ...out, errors: [formatFailure(published.error)] }
  const { version, versionArn } = published.value
  Object.assign(out, { version, versionArn })
  out.timings.publishMs = clock.now() - t0
  core.info(`Published ${versionArn}`)

  // Swap every distribution side by side; each re-reads and re-plans on PreconditionFailed.
  const t1 = clock.now()
  const desired = desiredFor(cfg.cacheBehaviors, cfg.eventType, versionArn, cfg.includeBody)
  const applied = await Promise.all(
    snapshots.map(s =>
      applyAssociations(clients, s.id, desired, owner, {
        clock,
        first: s,
        onRetry: (n, why) => core.info(`Retry ${n}: ${why}`)
      })
    )
  )
  out.timings.updateMs = clock.now() - t1
  out.changes = applied.flatMap(a => (a.ok ? a.value.changes : []))
  const updateErrors = applied.flatMap(a => (a.ok ? [] : [formatFailure(a.error)]))
  if (updateErrors.length > 0) return rollBackAfter(ctx, out, updateErrors)

  const touched = [...new Set(out.changes.map(c => c.distributionId))]
  if (touched.length === 0) {
    core.info(`Every association already pointed at version ${version}.`)
    return { ...out, status: 'unchanged' }
  }
  if (cfg.wait) {
    const waited = await waitUntilDeployed(ctx, touched)
    out.timings.waitMs = waited.elapsedMs
    out.states = waited.states
    if (!waited.ok) return rollBackAfter(ctx, out, [waited.reason])
  }
  return { ...out, status: 'deployed' }
}

export async function waitUntilDeployed(
  ctx: Pick<DeployContext, 'cfg' | 'clients' | 'clock'>,
  ids: string[]
): Promise<{ ok: boolean; elapsedMs: number; states: Record<string, string>; reason: string }> {
  return core.group(
    `Waiting for ${ids.join(', ')} to be Deployed (at most ${ctx.cfg.waitTimeoutSeconds} s)`,
    async () => {
      const r = await waitDeployed(ctx.clients, ids, {
        clock: ctx.clock,
        timeoutSeconds: ctx.cfg.waitTimeoutSeconds,
        onPoll: (id, status, ms) => core.info(`${(ms / 1000).toFixed(1)} s: ${id} ${status}`)
      })
      if (r.ok)
        return { ok: true, elapsedMs: r.value.elapsedMs, states: r.value.states, reason: '' }
      const states = Object.entries(r.error.states)
        .map(([id, s]) => `${id}: ${s}`)
        .join(', ')
      return {
        ok: false,
        elapsedMs: r.error.elapsedMs,
        states: r.error.states,
        reason: `Distributions not Deployed: ${r.error.reason} (${states}). Raise wait-timeout-seconds, or check the distribution in the CloudFront console.`
      }
    }
  )
}

/** A failure after the first write: undo what this run changed (auto-rollback) and fail. */
async function rollBackAfter(ctx: DeployContext, out: Outcome, errors: string[]): Promise<Outcome> {
  if (out.changes.length === 0 || !ctx.cfg.autoRollback) return { ...out, status: 'failed', errors }
  core.warning(
    `Deploy failed; putting back the ${out.changes.length} association(s) this run changed.`
  )
  const leftovers = await restore(ctx, ctx.preflight.fn.arn, out.changes)
  if (leftovers.length > 0) return { ...out, status: 'failed', errors: [...errors, ...leftovers] }
  if (ctx.cfg.wait) {
    const ids = [...new Set(out.changes.map(c => c.distributionId))]
    const waited = await waitUntilDeployed(ctx, ids)
    if (!waited.ok) errors.push(`After rollback: ${waited.reason}`)
  }
  return { ...out, status: 'rolled-back', undone: out.changes, changes: [], errors }
}

/** Steps every mode that touches distributions shares: read, write one distribution, restore, wait. */
import {
  type Applied,
  readDistribution,
  writeDistribution,
  type Snapshot,
  waitDeployed
} from '../aws/cloudfront.js'
import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import type { AwsClients } from '../aws/clients.js'
import type { Lease } from '../lock.js'
import { formatFailure } from '../aws/errors.js'
import type { Clock } from '../clock.js'
import type { Config } from '../config.js'
import type { Log } from '../log.js'
import { versionOf } from '../edge.js'
import { formatRefusal } from '../plan/render.js'
import { reapply, type SlotTarget, undoOf } from '../plan/reapply.js'
import type { SlotChange } from '../plan/value.js'
import { err, ok, type Result } from '../result.js'
import type { AwsFailure } from '../aws/errors.js'
import type { Preflight } from '../preflight.js'
import { evaluate, mergeVerdicts, type Verdict } from '../rules/evaluate.js'
import { type BehaviorFacts, RULES } from '../rules/table.js'
import { type Change, findBehavior, versionLabel, currentAssociation } from '../plan.js'

/** The target behaviors as they are live now, for the rule table's distribution rows. */
export function behaviorFacts(cfg: Config, snapshots: readonly Snapshot[]): BehaviorFacts[] {
  return snapshots.flatMap(s =>
    cfg.cacheBehaviors.flatMap(name => {
      const behavior = findBehavior(s.config, name)
      if (!behavior) return [] // the plan reports an unknown behavior
      const items = behavior.FunctionAssociations?.Items ?? []
      return [
        {
          distributionId: s.id,
          cacheBehavior: name,
          cloudFrontFunctions: items.map(f => ({
            eventType: f.EventType ?? '',
            arn: f.FunctionARN ?? ''
          }))
        }
      ]
    })
  )
}

/**
 * The preflight's verdict completed with the distribution rows, and the refusal they make (empty
 * when they pass). Read-only: called by deploy and plan before anything changes.
 */
export function checkDistributions(
  preflight: Preflight,
  cfg: Config,
  snapshots: readonly Snapshot[]
): { verdict: Verdict; refusals: string[] } {
  const rows = RULES.filter(r => r.subject === 'distribution')
  const later = evaluate(
    { ...preflight.ruleContext, behaviors: behaviorFacts(cfg, snapshots) },
    rows
  )
  const refusals =
    later.errors > 0
      ? [
          `Lambda@Edge rules found ${later.errors} error(s) on the distributions; nothing in AWS was changed.`
        ]
      : []
  return { verdict: mergeVerdicts(preflight.verdict, later), refusals }
}

export interface ModeContext {
  cfg: Config
  clients: AwsClients
  clock: Clock
  log: Log
  /** Aborted on SIGINT/SIGTERM (a cancelled job): waits stop, the run records what it knows. */
  signal?: AbortSignal
  /** Who this run is: the lock's owner and the journal's run id. */
  identity: Lease
}

/** Reads every distribution side by side; failures are collected, not thrown. */
export async function readAll(
  clients: AwsClients,
  ids: readonly string[]
): Promise<{ snapshots: Snapshot[]; errors: string[] }> {
  const reads = await Promise.all(ids.map(id => readDistribution(clients, id)))
  return {
    snapshots: reads.flatMap(r => (r.ok ? [r.value] : [])),
    errors: reads.flatMap(r => (r.ok ? [] : [formatFailure(r.error)]))
  }
}

/** What the requested slots hold now (null for an empty slot), distribution by distribution. */
export function liveArns(cfg: Config, snapshots: readonly Snapshot[]): (string | null)[] {
  return snapshots.flatMap(s =>
    cfg.cacheBehaviors.map(
      b => currentAssociation(s.config, b, cfg.eventType)?.LambdaFunctionARN ?? null
    )
  )
}

/** The distinct versions live in the slots, as labels ('none' for an empty slot). */
export function previousVersions(cfg: Config, snapshots: readonly Snapshot[]): string[] {
  return [...new Set(liveArns(cfg, snapshots).map(a => (a ? (versionOf(a) ?? a) : 'none')))]
}

/**
 * Sets the given slots of one distribution in ONE UpdateDistribution (IfMatch), each slot for its
 * own function; after a 412 the same targets are re-applied onto the fresh config.
 */
export function writeSlots(
  ctx: ModeContext,
  id: string,
  targets: readonly SlotTarget[],
  first?: Snapshot
): Promise<Result<Applied<SlotChange>, AwsFailure>> {
  const several = new Set(targets.map(t => t.functionArn)).size > 1
  return writeDistribution(
    ctx.clients,
    id,
    config => {
      const r = reapply(id, config, targets)
      return r.ok ? ok(r.value) : err(r.error.map(e => formatRefusal(e, several)).join('\n'))
    },
    {
      clock: ctx.clock,
      first,
      onRetry: (n, why) => ctx.log.info(`Retry ${n}: ${why}`)
    }
  )
}

/**
 * Puts every changed slot back as it was, one update per distribution, with the same IfMatch care;
 * each slot for the function that changed it (`owner` when the change does not say).
 * Returns what could not be restored.
 */
export async function restore(
  ctx: ModeContext,
  owner: string,
  changes: readonly Change[]
): Promise<string[]> {
  const byDistribution = new Map<string, SlotChange[]>()
  for (const c of changes)
    byDistribution.set(c.distributionId, [
      ...(byDistribution.get(c.distributionId) ?? []),
      { ...c, functionName: c.functionName ?? '', functionArn: c.functionArn ?? owner }
    ])
  const results = await Promise.all(
    [...byDistribution].map(async ([id, cs]) => {
      const r = await writeSlots(ctx, id, undoOf(cs))
      if (!r.ok) return [`Could not restore ${id}: ${formatFailure(r.error)}`]
      // Someone changed these slots after this run did: theirs is newer, so it stays.
      for (const k of r.value.skipped)
        ctx.log.warning(
          `Not restoring ${k.distributionId} ${k.cacheBehavior} ${k.eventType}: it now holds ${versionLabel(k.found)} (set by someone else after this run), which is left as is.`
        )
      return []
    })
  )
  return results.flat()
}

export interface Waited {
  ok: boolean
  /** Stopped by a cancelled job, not by AWS. */
  cancelled: boolean
  elapsedMs: number
  states: Record<string, string>
  /** Each distribution's config at its last poll. */
  configs: Record<string, DistributionConfig>
  /** GetDistribution calls made. */
  polls: number
  reason: string
}

export async function waitUntilDeployed(ctx: ModeContext, ids: string[]): Promise<Waited> {
  return ctx.log.group(
    `Waiting for ${ids.join(', ')} to be Deployed (at most ${ctx.cfg.waitTimeoutSeconds} s)`,
    async () => {
      const r = await waitDeployed(ctx.clients, ids, {
        clock: ctx.clock,
        timeoutSeconds: ctx.cfg.waitTimeoutSeconds,
        onPoll: (id, status, ms) => ctx.log.progress(id, status, ms),
        signal: ctx.signal
      })
      if (r.ok) return { ...r.value, ok: true, cancelled: false, reason: '' }
      const states = Object.entries(r.error.states)
        .map(([id, s]) => `${id}: ${s}`)
        .join(', ')
      if (r.error.reason === 'cancelled')
        return {
          ...r.error,
          ok: false,
          cancelled: true,
          reason: 'Cancelled while waiting for Deployed.'
        }
      return {
        ok: false,
        cancelled: false,
        elapsedMs: r.error.elapsedMs,
        states: r.error.states,
        configs: r.error.configs,
        polls: r.error.polls,
        reason: `Distributions not Deployed: ${r.error.reason} (${states}). Raise wait-timeout-seconds, or check the distribution in the CloudFront console.`
      }
    }
  )
}

export const touchedIds = (changes: readonly Change[]): string[] => [
  ...new Set(changes.map(c => c.distributionId))
]

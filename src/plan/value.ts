/**
 * The run's plan, computed once: from the checked config of every function and the AWS reads, a
 * pure function returns every function update (code, configuration, which version goes live) and
 * every slot change on every distribution, with the findings. Plan mode renders this value, deploy
 * executes it, and the CloudFront adapter only re-applies its slot changes after a 412.
 */
import type { Snapshot } from '../aws/cloudfront.js'
import type { FunctionConfig } from '../config.js'
import type { EventType } from '../edge.js'
import { type Change, desiredFor, type PlanError, planDistribution } from '../plan.js'
import { err, ok, type Result } from '../result.js'
import type { Verdict } from '../rules/evaluate.js'
import type { FunctionFacts } from '../rules/facts.js'

/** Stands for the version a deploy will publish, in ARNs (`…:function:auth:next`) and labels. */
export const NEXT = 'next'

/** What the shell read about one function before planning (no AWS call happens in here). */
export interface FunctionRead {
  spec: FunctionConfig
  /** The unqualified function ARN. */
  arn: string
  /** $LATEST as it is now. */
  latest: FunctionFacts
  /** $LATEST as it will be once the requested configuration changes are applied. */
  effective: FunctionFacts
  /** The SHA-256 (base64) of the code a publish would carry. */
  codeSha: string
  verdict: Verdict
  /**
   * A version, live in the function's slots, whose code and configuration already equal what a
   * publish would carry: if it is live in every slot, nothing is published and nothing moves.
   */
  sameAsLive?: string
  /** Set for `mode: rollback`: the version the slots go back to (no publish). */
  rollbackTo?: string
}

const CONFIG_FIELDS = ['runtime', 'handler', 'memorySize', 'timeout'] as const
export type ConfigField = (typeof CONFIG_FIELDS)[number]

export interface FieldChange {
  field: ConfigField
  from: string | number | undefined
  to: string | number | undefined
}

/** What happens to one function: its $LATEST, and which version its slots end up holding. */
export interface FunctionUpdate {
  functionName: string
  functionArn: string
  eventType: EventType
  /** $LATEST's code changes (base64 SHA-256 from -> to), or null when it stays. */
  code: { from: string | undefined; to: string } | null
  configuration: FieldChange[]
  /** `publish`: a new version; otherwise the version ARN the slots hold (unchanged, rollback). */
  version:
    { kind: 'publish' } | { kind: 'existing'; versionArn: string; why: 'unchanged' | 'rollback' }
  verdict: Verdict
}

/** One slot (distribution, behavior, event type) moving from one version to another. */
export interface SlotChange extends Change {
  functionName: string
  functionArn: string
}

export interface DistributionPlan {
  id: string
  /** The ETag the plan was made against: the first write uses it (a 412 re-applies). */
  etag: string
  slotChanges: SlotChange[]
}

export interface Plan {
  functions: FunctionUpdate[]
  /** Only the distributions where something changes, in the order given. */
  distributions: DistributionPlan[]
}

/** A slot the plan cannot take: the behavior is missing or another function holds it. */
export interface Refusal {
  functionName: string
  distributionId: string
  error: PlanError
}

function configurationChanges(latest: FunctionFacts, effective: FunctionFacts): FieldChange[] {
  return CONFIG_FIELDS.flatMap(field =>
    latest[field] === effective[field] ? [] : [{ field, from: latest[field], to: effective[field] }]
  )
}

/** The ARN the slots are planned with: the version to re-point to, or the stand-in for a publish. */
function targetArn(f: FunctionRead, reuse: boolean): string {
  if (f.rollbackTo !== undefined) return f.rollbackTo
  return reuse && f.sameAsLive !== undefined ? f.sameAsLive : `${f.arn}:${NEXT}`
}

/**
 * Plans every function's slots on one distribution, one after the other on the same copy of its
 * config, so the functions' changes land in a single UpdateDistribution.
 */
function planOne(
  s: Snapshot,
  functions: readonly FunctionRead[],
  reuse: ReadonlySet<string>
): Result<SlotChange[], Refusal[]> {
  let config = s.config
  const changes: SlotChange[] = []
  const refusals: Refusal[] = []
  for (const f of functions) {
    // Not given: each slot keeps its IncludeBody (a new slot gets false), on deploy as on rollback.
    const includeBody = f.spec.includeBody ?? 'keep'
    const desired = desiredFor(
      f.spec.cacheBehaviors,
      f.spec.eventType,
      targetArn(f, reuse.has(f.arn)),
      includeBody
    )
    const p = planDistribution(s.id, config, desired, f.arn)
    if (!p.ok) {
      refusals.push(
        ...p.error.map(error => ({ functionName: f.latest.name, distributionId: s.id, error }))
      )
      continue
    }
    config = p.value.config
    changes.push(
      ...p.value.changes.map(c => ({ ...c, functionName: f.latest.name, functionArn: f.arn }))
    )
  }
  return refusals.length > 0 ? err(refusals) : ok(changes)
}

/** Whether a function's version already live everywhere can stay: then its slots do not move. */
function reusable(f: FunctionRead, snapshots: readonly Snapshot[]): boolean {
  if (f.rollbackTo !== undefined || f.sameAsLive === undefined) return false
  return snapshots.every(s => {
    const r = planOne(s, [f], new Set([f.arn]))
    return r.ok && r.value.length === 0
  })
}

/** The plan of a run: pure, from the functions' reads and every distribution's snapshot. */
export function buildPlan(
  functions: readonly FunctionRead[],
  snapshots: readonly Snapshot[]
): Result<Plan, Refusal[]> {
  const reuse = new Set(functions.filter(f => reusable(f, snapshots)).map(f => f.arn))
  const planned = snapshots.map(s => ({ s, r: planOne(s, functions, reuse) }))
  const refusals = planned.flatMap(({ r }) => (r.ok ? [] : r.error))
  if (refusals.length > 0) return err(refusals)
  return ok({
    functions: functions.map(f => functionUpdate(f, reuse.has(f.arn))),
    distributions: planned.flatMap(({ s, r }) =>
      r.ok && r.value.length > 0 ? [{ id: s.id, etag: s.etag, slotChanges: r.value }] : []
    )
  })
}

function functionUpdate(f: FunctionRead, reused: boolean): FunctionUpdate {
  const base = {
    functionName: f.latest.name,
    functionArn: f.arn,
    eventType: f.spec.eventType,
    verdict: f.verdict
  }
  if (f.rollbackTo !== undefined)
    return {
      ...base,
      code: null,
      configuration: [],
      version: { kind: 'existing', versionArn: f.rollbackTo, why: 'rollback' }
    }
  if (reused && f.sameAsLive !== undefined)
    return {
      ...base,
      code: null,
      configuration: [],
      version: { kind: 'existing', versionArn: f.sameAsLive, why: 'unchanged' }
    }
  return {
    ...base,
    code:
      f.codeSha !== '' && f.codeSha !== f.latest.codeSha256
        ? { from: f.latest.codeSha256, to: f.codeSha }
        : null,
    configuration: configurationChanges(f.latest, f.effective),
    version: { kind: 'publish' }
  }
}

/** Every slot change of the plan, distribution by distribution. */
export const slotChanges = (plan: Plan): SlotChange[] =>
  plan.distributions.flatMap(d => d.slotChanges)

/** Lambda@Edge errors in any function: the plan must not be executed. */
export const blockingErrors = (plan: Plan): number =>
  plan.functions.reduce((n, f) => n + f.verdict.errors, 0)

/** The functions that need a new version. */
export const toPublish = (plan: Plan): FunctionUpdate[] =>
  plan.functions.filter(f => f.version.kind === 'publish')

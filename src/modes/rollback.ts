/**
 * Rollback mode: re-point the same slots a deploy would use to an earlier version, with the same
 * IfMatch update, wait and health check, under the same lock and journal as a deploy. `previous`
 * comes from the journal: the last verified version before the live one, never one that failed or
 * was never verified. IncludeBody comes back as the target was deployed with.
 *
 * Calls, lock and journal aside: GetDistributionConfig per distribution, then the target's
 * configuration, runtime management and provisioned concurrency side by side, its role's trust,
 * UpdateDistribution and the polls. $LATEST is never read: nothing of it is used.
 */
import type { Snapshot } from '../aws/cloudfront.js'
import { functionArnOf } from '../aws/alias-store.js'
import { formatFailure } from '../aws/errors.js'
import { type JournalRecord, readJournal } from '../aws/journal-store.js'
import { readVersionFacts } from '../aws/lambda.js'
import { parseFunctionArn, unqualifiedArn, versionOf } from '../edge.js'
import {
  type Intent,
  isVerified,
  type Journal,
  previousGood,
  recordIntent,
  recordRollback
} from '../journal.js'
import { emptyOutcome, type Outcome } from '../outcome.js'
import { type Change, currentAssociation } from '../plan.js'
import { evaluate, formatFinding } from '../rules/evaluate.js'
import {
  bodyOf,
  cancelledNote,
  intentOf,
  withLock,
  writeIntent,
  writeVerdict
} from './journaled.js'
import { abortLiveCanary, type LiveCanary, liveCanariesOn } from './promote.js'
import { settle } from './settle.js'
import {
  applyEverywhere,
  liveArns,
  type ModeContext,
  precheck,
  previousVersions,
  readAll
} from './shared.js'

export interface RollbackContext extends ModeContext {
  today: string
}

/**
 * What counts as live: the version the slots hold; when they disagree (a deploy that failed
 * part-way without auto-rollback), the newest of them, the one that was being deployed; the
 * alias's when no slot holds a numbered version.
 */
function liveVersion(
  ctx: RollbackContext,
  snapshots: readonly Snapshot[],
  aliasLive: number | undefined
): number | undefined {
  const versions = liveArns(ctx.cfg, snapshots).flatMap(a =>
    a && versionOf(a) ? [Number(versionOf(a))] : []
  )
  return versions.length > 0 ? Math.max(...versions) : aliasLive
}

/** Every slot holds `v`. */
const allHold = (ctx: RollbackContext, snapshots: readonly Snapshot[], v: number): boolean =>
  liveArns(ctx.cfg, snapshots).every(a => a !== null && versionOf(a) === String(v))

/** A rollback whose run stopped after its distribution write: the same target, not one further. */
function interruptedRollback(
  ctx: RollbackContext,
  snapshots: readonly Snapshot[],
  j: Journal
): Intent | undefined {
  const p = j.pending
  if (!p || p.kind !== 'rollback' || !allHold(ctx, snapshots, p.version)) return undefined
  return ctx.cfg.rollbackTo === 'previous' || ctx.cfg.rollbackTo === p.version ? p : undefined
}

function chooseTarget(
  ctx: RollbackContext,
  name: string,
  j: Journal,
  live: number | undefined
): { version: number } | { error: string } {
  if (ctx.cfg.rollbackTo !== 'previous') return { version: ctx.cfg.rollbackTo }
  const prev = previousGood(j, live)
  if (prev !== undefined) return { version: prev }
  return {
    error: `Input "rollback-to": no earlier verified deploy of ${name} is recorded before version ${live ?? '(none)'}. Give a version number instead (rollback-to: 7).`
  }
}

const functionName = (given: string): string => parseFunctionArn(given)?.name ?? given

/**
 * Everything is read and checked before the lock is taken, so a refused rollback writes nothing at
 * all; after waiting for another run, it is read and checked again under the lock.
 */
export async function rollback(ctx: RollbackContext): Promise<Outcome> {
  const name = functionName(ctx.cfg.functionName)
  const first = await prepare(ctx, name)
  if ('ended' in first) return first.ended
  return withLock(ctx, name, first.out, async held => {
    const s = held.waitedMs === 0 && !held.tookOver ? first : await prepare(ctx, name)
    if ('ended' in s) return s.ended
    // While a canary is live, rolling back means aborting it (src/modes/promote.ts).
    if ('canary' in s) return abortLiveCanary(ctx, s.snapshots, s.canary, name)
    return apply(ctx, s)
  })
}

/** A live canary: the rollback aborts it instead of re-pointing the slots. */
interface CanaryStep {
  out: Outcome
  snapshots: Snapshot[]
  canary: LiveCanary[]
}

async function prepare(
  ctx: RollbackContext,
  name: string
): Promise<Step | CanaryStep | { ended: Outcome }> {
  // A refusal, or nothing to do: the run ends before any write.
  const refuse = (o: Outcome): { ended: Outcome } => ({ ended: o })
  const { cfg, clients } = ctx
  let out: Outcome = emptyOutcome('failed')
  const [all, read] = await Promise.all([
    readAll(clients, cfg.distributionIds),
    readJournal(clients, name)
  ])
  if (all.errors.length > 0) return refuse({ ...out, errors: all.errors })
  if (!read.ok) return refuse({ ...out, errors: [formatFailure(read.error)] })
  const { snapshots } = all
  const j = read.value.journal
  const canary = await liveCanariesOn(ctx, snapshots)
  if (canary.length > 0) return { out, snapshots, canary }
  out.previousVersions = previousVersions(cfg, snapshots)

  const resumed = interruptedRollback(ctx, snapshots, j)
  const live = resumed?.from ?? liveVersion(ctx, snapshots, read.value.liveVersion)
  const target = resumed ? { version: resumed.version } : chooseTarget(ctx, name, j, live)
  if ('error' in target) return refuse({ ...out, errors: [target.error] })

  // The target must exist and still pass the rules: rolling back onto a version CloudFront would
  // reject only trades one outage for another.
  const facts = await readVersionFacts(clients, name, String(target.version))
  if (!facts.ok)
    return refuse({
      ...out,
      errors: [
        `Input "rollback-to": version ${target.version} is not a published version of ${name} (${facts.error.code}). Nothing was changed.`
      ]
    })
  const parsed = parseFunctionArn(facts.value.arn)
  const owner = parsed ? unqualifiedArn(parsed) : functionArnOf(read.value.alias.arn ?? '')
  out = { ...out, functionArn: owner }
  const refusals = precheck(cfg, owner, snapshots)
  if (refusals.length > 0) return refuse({ ...out, errors: refusals })
  const verdict = evaluate({
    eventType: cfg.eventType,
    includeBody: cfg.includeBody ?? j.body[target.version] === true,
    fn: facts.value,
    today: ctx.today
  })
  out.verdict = verdict
  if (verdict.errors > 0)
    return refuse({
      ...out,
      errors: [
        `Version ${target.version} breaks Lambda@Edge rules; nothing was changed.`,
        ...verdict.findings.filter(f => f.severity === 'error').map(formatFinding)
      ]
    })

  const versionArn = `${owner}:${target.version}`
  out = { ...out, version: String(target.version), versionArn }
  if (!resumed && allHold(ctx, snapshots, target.version) && isVerified(j, target.version)) {
    ctx.log.info(`Version ${target.version} is already live everywhere and verified.`)
    return refuse({ ...out, status: 'unchanged' })
  }
  return {
    out,
    owner,
    name,
    snapshots,
    record: read.value,
    live,
    target: target.version,
    resumed
  }
}

interface Step {
  out: Outcome
  owner: string
  name: string
  snapshots: Snapshot[]
  record: JournalRecord
  live: number | undefined
  target: number
  resumed?: Intent
}

async function apply(ctx: RollbackContext, s: Step): Promise<Outcome> {
  const { cfg } = ctx
  // The setting the target was deployed with; unknown (or a mix): each slot keeps its own.
  const recorded = s.record.journal.body[s.target]
  const body = cfg.includeBody ?? (typeof recorded === 'boolean' ? recorded : 'keep')
  const intent = await writeIntent(ctx, s.name, s.record, current => ({
    journal: recordIntent(
      current.journal,
      intentOf(ctx, 'rollback', s.target, s.live, body === 'keep' ? 'mixed' : body)
    ),
    live: current.liveVersion ?? s.live ?? s.target
  }))
  if (intent.error) return { ...s.out, errors: [intent.error] }

  const t1 = ctx.clock.now()
  const applied = await applyEverywhere(ctx, s.snapshots, s.owner, s.out.versionArn!, body)
  let out: Outcome = { ...s.out, changes: applied.changes, resumed: s.resumed !== undefined }
  out.timings.updateMs = ctx.clock.now() - t1
  if (s.resumed)
    ctx.log.info(
      `Version ${s.target} already holds every slot after an interrupted rollback: resuming (wait, health check, verdict).`
    )
  // Nothing moved (a resumed rollback): still watch the slots, so the wait and the check run.
  if (out.changes.length === 0 && applied.errors.length === 0)
    out = { ...out, changes: watched(ctx, s) }
  const settled = await settle(ctx, s.owner, out, applied.errors, 'rolled-back')
  await writeVerdict(ctx, s.name, intent.record, current => {
    const j = current.journal
    const cleared = j.pending?.version === s.target ? { ...j, pending: undefined } : j
    if (settled.status === 'rolled-back' && !settled.undone) {
      const done = recordRollback(j, s.live, s.target)
      const withBody = { ...done, body: { ...done.body, [s.target]: bodyOf(settled.changes) } }
      return { journal: withBody, live: s.target }
    }
    if (settled.status === 'cancelled') return { journal: j, live: current.liveVersion ?? s.target }
    return { journal: cleared, live: current.liveVersion ?? s.live ?? s.target }
  })
  // settle() undid the rollback itself: that is a failed rollback, whatever it restored.
  if (settled.undone) return { ...settled, status: 'failed' }
  if (settled.status === 'cancelled') {
    const note = cancelledNote(settled, s.live)
    return { ...settled, liveNote: note, errors: [...settled.errors, note] }
  }
  return settled
}

/** The slots as changes from the version rolled back from to the target, for the wait and the report. */
function watched(ctx: RollbackContext, s: Step): Change[] {
  const from = s.live !== undefined ? `${s.owner}:${s.live}` : s.out.versionArn!
  return s.snapshots.flatMap(snap =>
    ctx.cfg.cacheBehaviors.map(b => {
      const body = currentAssociation(snap.config, b, ctx.cfg.eventType)?.IncludeBody ?? false
      return {
        distributionId: snap.id,
        cacheBehavior: b,
        eventType: ctx.cfg.eventType,
        from,
        to: s.out.versionArn!,
        includeBody: body,
        fromIncludeBody: body
      }
    })
  )
}

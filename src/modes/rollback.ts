/**
 * Rollback mode, for one function or several: re-point the same slots a deploy would use to an
 * earlier version, with the same IfMatch update, wait and health check, under the same locks and
 * journals as a deploy. Each function's target comes from its own journal: the last verified
 * version before the live one, never one that failed or was never verified. IncludeBody comes back
 * as the target was deployed with. Every function's slot changes form one Plan value (ONE
 * UpdateDistribution per distribution, one wait), and each function gets its own intent and verdict.
 *
 * Calls, lock and journal aside, per function: the target's configuration, runtime management and
 * provisioned concurrency side by side, its role's trust; then GetDistributionConfig and
 * UpdateDistribution per distribution and the polls. $LATEST is never read: nothing of it is used.
 */
import type { Snapshot } from '../aws/cloudfront.js'
import { functionArnOf } from '../aws/alias-store.js'
import { formatFailure } from '../aws/errors.js'
import { type JournalRecord, readJournal } from '../aws/journal-store.js'
import { readVersionFacts } from '../aws/lambda.js'
import type { FunctionConfig } from '../config.js'
import { parseFunctionArn, unqualifiedArn, versionOf } from '../edge.js'
import {
  type Intent,
  isVerified,
  type Journal,
  previousGood,
  recordIntent,
  recordRollback
} from '../journal.js'
import { emptyOutcome, type FunctionVerdict, type Outcome } from '../outcome.js'
import type { Change } from '../plan.js'
import { configFor } from '../plan/read.js'
import { formatRefusal } from '../plan/render.js'
import { buildPlan, type FunctionRead, type Plan } from '../plan/value.js'
import { evaluate, formatFinding, type Verdict } from '../rules/evaluate.js'
import type { FunctionFacts } from '../rules/facts.js'
import { unmovedSlots, writePlan } from './execute-plan.js'
import {
  bodyOf,
  cancelledNote,
  intentOf,
  withLocks,
  writeIntent,
  writeVerdict
} from './journaled.js'
import { abortLiveCanary, type LiveCanary, liveCanariesOn } from './promote.js'
import { settle } from './settle.js'
import { liveArns, type ModeContext, previousVersions, readAll } from './shared.js'

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
  const since =
    live === undefined ? 'this function is on none of the slots' : `before version ${live}`
  // A version number names one function's version, so with several functions it is an input
  // error: that function is rolled back by a step of its own.
  const instead = several(ctx)
    ? `Roll ${name} back in a step of its own with a version number (function-name: ${name}, rollback-to: 7).`
    : 'Give a version number instead (rollback-to: 7).'
  return {
    error: `Input "rollback-to": no earlier verified deploy of ${name} is recorded (${since}). ${instead}`
  }
}

const functionName = (given: string): string => parseFunctionArn(given)?.name ?? given

/** One function's rollback, decided before any write. */
interface Target {
  /** The function's inputs, IncludeBody resolved: the input, else what the target was deployed with. */
  spec: FunctionConfig
  name: string
  /** The unqualified function ARN. */
  owner: string
  record: JournalRecord
  live: number | undefined
  target: number
  versionArn: string
  facts: FunctionFacts
  verdict: Verdict
  resumed?: Intent
  /** The target is live in every slot and verified: nothing to do for this function. */
  done: boolean
}

/** Why one function cannot be rolled back, with what is known of it for the report. */
interface Refused {
  errors: string[]
  functionArn?: string
  version?: string
  verdict?: Verdict
}

/** Everything read and decided before the locks; nothing written. */
interface Prepared {
  snapshots: Snapshot[]
  targets: Target[]
  /** The slot changes of every function that has something to do. */
  plan: Plan
}

type Prepare = Prepared | { canary: LiveCanary[]; snapshots: Snapshot[] } | { ended: Outcome }

/**
 * One function's target: from its journal and the slots, checked against the rules before
 * anything changes: rolling back onto a version CloudFront would reject only trades one outage for
 * another.
 */
async function chooseOne(
  ctx: RollbackContext,
  spec: FunctionConfig,
  snapshots: readonly Snapshot[],
  record: JournalRecord
): Promise<{ ok: true; value: Target } | { ok: false; error: Refused }> {
  const fctx = { ...ctx, cfg: configFor(ctx.cfg, spec) }
  const name = functionName(spec.functionName)
  const j = record.journal
  const resumed = interruptedRollback(fctx, snapshots, j)
  const live = resumed?.from ?? liveVersion(fctx, snapshots, record.liveVersion)
  const target = resumed ? { version: resumed.version } : chooseTarget(fctx, name, j, live)
  if ('error' in target) return { ok: false, error: { errors: [target.error] } }

  const facts = await readVersionFacts(ctx.clients, name, String(target.version))
  if (!facts.ok)
    return {
      ok: false,
      error: {
        errors: [
          `Input "rollback-to": version ${target.version} is not a published version of ${name} (${facts.error.code}). Nothing was changed.`
        ]
      }
    }
  const parsed = parseFunctionArn(facts.value.arn)
  const owner = parsed ? unqualifiedArn(parsed) : functionArnOf(record.alias.arn ?? '')
  const recorded = j.body[target.version]
  const includeBody = spec.includeBody ?? (typeof recorded === 'boolean' ? recorded : undefined)
  const verdict = evaluate({
    eventType: spec.eventType,
    includeBody: includeBody === true,
    fn: facts.value,
    today: ctx.today
  })
  const version = String(target.version)
  if (verdict.errors > 0)
    return {
      ok: false,
      error: {
        functionArn: owner,
        verdict,
        errors: [
          `Version ${target.version} breaks Lambda@Edge rules; nothing was changed.`,
          ...verdict.findings.filter(f => f.severity === 'error').map(formatFinding)
        ]
      }
    }
  const done = !resumed && allHold(fctx, snapshots, target.version) && isVerified(j, target.version)
  return {
    ok: true,
    value: {
      spec: { ...spec, includeBody },
      name,
      owner,
      record,
      live,
      target: target.version,
      versionArn: `${owner}:${version}`,
      facts: facts.value,
      verdict,
      resumed,
      done
    }
  }
}

const several = (ctx: ModeContext): boolean => ctx.cfg.functions.length > 1

/** What the report shows before anything happens: the functions, their targets, their verdicts. */
function baseOutcome(ctx: RollbackContext, p: Prepared): Outcome {
  const [first] = p.targets
  const out: Outcome = { ...emptyOutcome('failed'), functionArn: first?.owner }
  if (!several(ctx))
    return {
      ...out,
      verdict: first?.verdict,
      version: first ? String(first.target) : undefined,
      versionArn: first?.versionArn,
      previousVersions: previousVersions(ctx.cfg, p.snapshots)
    }
  const verdicts: FunctionVerdict[] = p.targets.map(t => ({
    functionName: t.name,
    eventType: t.spec.eventType,
    verdict: t.verdict
  }))
  const versions = Object.fromEntries(p.targets.map(t => [t.name, String(t.target)]))
  return { ...out, functionVerdicts: verdicts, versions }
}

/** Reads the distributions and every journal, then decides each function's target. */
async function prepare(ctx: RollbackContext): Promise<Prepare> {
  const { cfg, clients } = ctx
  const failed = (errors: string[], o: Partial<Outcome> = {}): Prepare => ({
    ended: { ...emptyOutcome('failed'), ...o, errors }
  })
  const [all, journals] = await Promise.all([
    readAll(clients, cfg.distributionIds),
    Promise.all(cfg.functions.map(f => readJournal(clients, functionName(f.functionName))))
  ])
  const readErrors = [
    ...all.errors,
    ...journals.flatMap(r => (r.ok ? [] : [formatFailure(r.error)]))
  ]
  if (readErrors.length > 0) return failed(readErrors)
  const { snapshots } = all
  // While a canary is live, rolling back means aborting it (src/modes/promote.ts).
  const canary = await liveCanariesOn(ctx, snapshots)
  if (canary.length > 0 && !several(ctx)) return { canary, snapshots }
  if (canary.length > 0)
    return failed([
      `A canary is live on ${canary.map(c => c.primaryId).join(', ')}: roll it back with one step for its function (mode: rollback, function-name), then roll back the others with "functions".`
    ])

  const records = journals.flatMap(r => (r.ok ? [r.value] : []))
  const chosen = await Promise.all(
    cfg.functions.map((f, i) => chooseOne(ctx, f, snapshots, records[i]!))
  )
  const refused = chosen.flatMap((c, i) => (c.ok ? [] : [{ c: c.error, f: cfg.functions[i]! }]))
  if (refused.length > 0) {
    const errors = refused.flatMap(({ c, f }) =>
      several(ctx) ? c.errors.map(e => `Function ${functionName(f.functionName)}: ${e}`) : c.errors
    )
    const [one] = refused
    return failed(errors, {
      previousVersions: several(ctx) ? [] : previousVersions(cfg, snapshots),
      ...(several(ctx) ? {} : { functionArn: one!.c.functionArn, verdict: one!.c.verdict })
    })
  }
  const targets = chosen.flatMap(c => (c.ok ? [c.value] : []))
  const built = buildPlan(targets.filter(t => !t.done).map(readOf), snapshots)
  if (!built.ok)
    return failed(
      built.error.map(r => formatRefusal(r, several(ctx))),
      several(ctx)
        ? {}
        : { functionArn: targets[0]?.owner, previousVersions: previousVersions(cfg, snapshots) }
    )
  return { snapshots, targets, plan: built.value }
}

/**
 * Everything is read and checked before the locks are taken, so a refused rollback writes nothing
 * at all; after waiting for another run, it is read and checked again under the locks.
 */
export async function rollback(ctx: RollbackContext): Promise<Outcome> {
  const first = await prepare(ctx)
  if ('ended' in first) return first.ended
  if ('canary' in first) {
    const name = functionName(ctx.cfg.functionName)
    return withLocks(ctx, [name], emptyOutcome('failed'), () =>
      abortLiveCanary(ctx, first.snapshots, first.canary, name)
    )
  }
  const base = baseOutcome(ctx, first)
  if (first.targets.every(t => t.done)) {
    for (const t of first.targets)
      ctx.log.info(
        `Version ${t.target}${several(ctx) ? ` of ${t.name}` : ''} is already live everywhere and verified.`
      )
    return { ...base, status: 'unchanged' }
  }
  const names = first.targets.filter(t => !t.done).map(t => t.name)
  return withLocks(ctx, names, base, async waited => {
    const s = waited ? await prepare(ctx) : first
    if ('ended' in s) return s.ended
    if ('canary' in s) return abortLiveCanary(ctx, s.snapshots, s.canary, names[0]!)
    return apply(ctx, s, baseOutcome(ctx, s))
  })
}

/** The ARN a function's slots get in the plan: the target version (no publish). */
const readOf = (t: Target): FunctionRead => ({
  spec: t.spec,
  arn: t.owner,
  latest: t.facts,
  effective: t.facts,
  codeSha: t.facts.codeSha256 ?? '',
  verdict: t.verdict,
  rollbackTo: t.versionArn
})

const forFunction = (ctx: RollbackContext, t: Target): RollbackContext => ({
  ...ctx,
  cfg: configFor(ctx.cfg, t.spec)
})

/** Every function's intent, side by side: all in AWS before the first distribution write. */
async function writeIntents(
  ctx: RollbackContext,
  targets: readonly Target[]
): Promise<{ records: (JournalRecord | undefined)[]; errors: string[] }> {
  const written = await Promise.all(
    targets.map(t => {
      const body = t.spec.includeBody ?? 'mixed'
      return writeIntent(forFunction(ctx, t), t.name, t.record, current => ({
        journal: recordIntent(
          current.journal,
          intentOf(forFunction(ctx, t), 'rollback', t.target, t.live, body)
        ),
        live: current.liveVersion ?? t.live ?? t.target
      }))
    })
  )
  return {
    records: written.map(w => w.record),
    errors: written.flatMap(w => (w.error ? [w.error] : []))
  }
}

async function apply(ctx: RollbackContext, p: Prepared, base: Outcome): Promise<Outcome> {
  const targets = p.targets.filter(t => !t.done)
  const intents = await writeIntents(ctx, targets)
  if (intents.errors.length > 0) return { ...base, errors: intents.errors }
  const t1 = ctx.clock.now()
  const written = await writePlan(ctx, p.plan, p.snapshots)
  const resumed = targets.some(t => t.resumed !== undefined)
  let out: Outcome = { ...base, changes: written.changes, resumed }
  out.timings.updateMs = ctx.clock.now() - t1
  for (const t of targets.filter(t => t.resumed))
    ctx.log.info(
      `Version ${t.target}${several(ctx) ? ` of ${t.name}` : ''} already holds every slot after an interrupted rollback: resuming (wait, health check, verdict).`
    )
  // A function whose slots did not move (a resumed rollback): still watch them, so the wait and
  // the check run and its verdict is recorded.
  if (written.errors.length === 0)
    out = {
      ...out,
      changes: [
        ...out.changes,
        ...unmovedSlots(
          p.snapshots,
          targets.map(t => ({
            spec: t.spec,
            functionName: t.name,
            owner: t.owner,
            from: t.live !== undefined ? `${t.owner}:${t.live}` : t.versionArn,
            to: t.versionArn
          })),
          out.changes
        )
      ]
    }
  if (!several(ctx)) out = { ...out, changes: out.changes.map(singleShape) }
  const settled = await settle(ctx, targets[0]!.owner, out, written.errors, 'rolled-back')
  await Promise.all(targets.map((t, i) => recordOne(ctx, t, intents.records[i], settled)))
  // settle() undid the rollback itself: that is a failed rollback, whatever it restored.
  if (settled.undone) return { ...settled, status: 'failed' }
  if (settled.status === 'cancelled') {
    const notes = targets.map(t =>
      cancelledNote({ ...settled, version: String(t.target), changes: mine(settled, t) }, t.live)
    )
    return { ...settled, liveNote: notes.join('\n'), errors: [...settled.errors, ...notes] }
  }
  return settled
}

/** A single function's changes keep the single-function shape of the `changes` output. */
const singleShape = ({ functionName: _n, functionArn: _a, ...c }: Change): Change => c

/** The changes of one function (a single function's carry no name: they all are its). */
const mine = (o: Outcome, t: Target): Change[] =>
  o.changes.filter(c => c.functionArn === undefined || c.functionArn === t.owner)

/** The journal's verdict on one function's rollback. */
function recordOne(
  ctx: RollbackContext,
  t: Target,
  record: JournalRecord | undefined,
  settled: Outcome
): Promise<void> {
  return writeVerdict(ctx, t.name, record, current => {
    const j = current.journal
    const cleared = j.pending?.version === t.target ? { ...j, pending: undefined } : j
    if (settled.status === 'rolled-back' && !settled.undone) {
      const done = recordRollback(j, t.live, t.target)
      const withBody = { ...done, body: { ...done.body, [t.target]: bodyOf(mine(settled, t)) } }
      return { journal: withBody, live: t.target }
    }
    if (settled.status === 'cancelled') return { journal: j, live: current.liveVersion ?? t.target }
    return { journal: cleared, live: current.liveVersion ?? t.live ?? t.target }
  })
}

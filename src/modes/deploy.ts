/**
 * Deploy: executes the run's Plan value, for one function or several. Every function was validated
 * before this runs; the versions are published side by side; then ONE UpdateDistribution per
 * distribution carries every function's slot changes, and ONE wait and one health check (settle)
 * cover them all. A failure after the first write puts every slot of the run back, one update per
 * distribution, and records every function's version as bad.
 *
 * Always true about production, per function: the run holds the function's lock from its first
 * write to its end, writes its intent to the function's journal before the first distribution
 * write and its verdict after verification; a re-run finding its version live but unverified
 * resumes (waits, checks, records) instead of answering `unchanged`.
 */
import type { Snapshot } from '../aws/cloudfront.js'
import { formatFailure } from '../aws/errors.js'
import { type JournalRecord, readJournal } from '../aws/journal-store.js'
import { versionOf } from '../edge.js'
import { isVerified, previousGood, recordIntent, recordVerdict, type Verdict } from '../journal.js'
import { emptyOutcome, type Outcome } from '../outcome.js'
import type { Change } from '../plan.js'
import { configFor, type FunctionReading, rereadFunctions } from '../plan/read.js'
import { formatRefusal } from '../plan/render.js'
import { buildPlan, type FunctionUpdate, type Plan } from '../plan/value.js'
import { err, ok, type Result } from '../result.js'
import { publishAll } from './publish.js'
import { bodyAfter, unmovedSlots, writePlan } from './execute-plan.js'
import {
  bodyOf,
  cancelledNote,
  intentOf,
  withLocks,
  writeIntent,
  writeVerdict
} from './journaled.js'
import { settle } from './settle.js'
import type { CanaryTarget } from '../canary.js'
import { prepareCanary, releaseCanary } from './canary.js'
import { liveArns, type ModeContext, previousVersions, readAll, touchedIds } from './shared.js'

export interface DeployContext extends ModeContext {
  defaultDescription: string
}

/** One function's part of the run, decided before anything is written. */
interface Part {
  reading: FunctionReading
  update: FunctionUpdate
  journal: JournalRecord
  /** Its version holds this code and configuration, is live everywhere and verified. */
  done: boolean
}

/** The plan and everything read to make it: what one execution needs. */
interface Decided {
  plan: Plan
  snapshots: Snapshot[]
  parts: Part[]
  /** With `canary` (one function): each primary's policy and staging distribution, read only. */
  canary?: CanaryTarget[]
}

const several = (ctx: ModeContext): boolean => ctx.cfg.functions.length > 1
const versionNumber = (arn: string): string => arn.slice(arn.lastIndexOf(':') + 1)
const numbered = (arns: readonly (string | null)[]): number[] => [
  ...new Set(arns.flatMap(a => (a && versionOf(a) ? [Number(versionOf(a))] : [])))
]

/** The Plan value and every function's journal: reads only. */
async function decide(
  ctx: ModeContext,
  readings: readonly FunctionReading[],
  snapshots: Snapshot[]
): Promise<Result<Decided, string[]>> {
  const built = buildPlan(
    readings.map(r => r.read),
    snapshots
  )
  if (!built.ok) return err(built.error.map(r => formatRefusal(r, several(ctx))))
  const journals = await Promise.all(
    readings.map(r => readJournal(ctx.clients, r.read.latest.name))
  )
  const failures = journals.flatMap(j => (j.ok ? [] : [formatFailure(j.error)]))
  if (failures.length > 0) return err(failures)
  const records = journals.flatMap(j => (j.ok ? [j.value] : []))
  const parts = built.value.functions.map((update, i): Part => {
    const journal = records[i]!
    const live = update.version.kind === 'existing' ? update.version.versionArn : undefined
    return {
      reading: readings[i]!,
      update,
      journal,
      done: live !== undefined && isVerified(journal.journal, Number(versionOf(live)))
    }
  })
  if (ctx.cfg.canary.kind === 'off') return ok({ plan: built.value, snapshots, parts })
  const canary = await prepareCanary(ctx, snapshots)
  if (!canary.ok) return err(canary.error)
  return ok({ plan: built.value, snapshots, parts, canary: canary.value })
}

/** After waiting for another run: the distributions, the functions and the journals again. */
async function decideAgain(
  ctx: ModeContext,
  readings: readonly FunctionReading[]
): Promise<Result<Decided, string[]>> {
  const dists = await readAll(ctx.clients, ctx.cfg.distributionIds)
  if (dists.errors.length > 0) return err(dists.errors)
  const fresh = await rereadFunctions(ctx.clients, readings, dists.snapshots)
  if (!fresh.ok)
    return err(fresh.error.map(e => (e.kind === 'aws' ? formatFailure(e.failure) : e.message)))
  return decide(ctx, fresh.value, dists.snapshots)
}

/** The outcome's fields known before any write; one function keeps the single-function shape. */
function startOutcome(ctx: ModeContext, d: Decided, base: Outcome): Outcome {
  const out: Outcome = { ...emptyOutcome('failed'), ...base, timings: {} }
  return several(ctx) ? out : { ...out, previousVersions: previousVersions(ctx.cfg, d.snapshots) }
}

/** Nothing to do for any function: not even the lock is taken. */
function unchanged(ctx: ModeContext, d: Decided, out: Outcome): Outcome {
  const live = d.parts.map(p =>
    p.update.version.kind === 'existing' ? p.update.version.versionArn : ''
  )
  d.parts.forEach((p, i) =>
    ctx.log.info(
      `Version ${versionOf(live[i]!)}${several(ctx) ? ` of ${p.update.functionName}` : ''} already holds this code and configuration, is live everywhere and verified: nothing to do.`
    )
  )
  if (several(ctx))
    return {
      ...out,
      status: 'unchanged',
      versions: Object.fromEntries(
        d.parts.map((p, i) => [p.update.functionName, versionOf(live[i]!)!])
      )
    }
  return { ...out, status: 'unchanged', version: versionOf(live[0]!), versionArn: live[0] }
}

export async function deploy(
  ctx: DeployContext,
  readings: readonly FunctionReading[],
  snapshots: Snapshot[],
  base: Outcome
): Promise<Outcome> {
  const first = await decide(ctx, readings, snapshots)
  if (!first.ok) return { ...base, errors: first.error }
  const out = startOutcome(ctx, first.value, base)
  if (first.value.parts.every(p => p.done)) return unchanged(ctx, first.value, out)
  const names = first.value.parts.filter(p => !p.done).map(p => p.update.functionName)
  return withLocks(ctx, names, out, async waited => {
    // Another run went first: what it did is the starting point now.
    const d = waited ? await decideAgain(ctx, readings) : first
    if (!d.ok) return { ...out, errors: d.error }
    const now = startOutcome(ctx, d.value, base)
    if (d.value.parts.every(p => p.done)) return unchanged(ctx, d.value, now)
    return execute(ctx, d.value, now)
  })
}

/**
 * The intent of every function that publishes, side by side, all in AWS before the first
 * distribution write: without them, no write. A function whose version is already live resumes
 * from the journal as it is.
 */
async function writeIntents(
  ctx: ModeContext,
  d: Decided,
  versions: ReadonlyMap<string, string>
): Promise<{ records: JournalRecord[]; errors: string[] }> {
  const written = await Promise.all(
    d.parts.map(async p => {
      if (p.done || p.update.version.kind !== 'publish') return { record: p.journal }
      const fctx = { ...ctx, cfg: configFor(ctx.cfg, p.reading.read.spec) }
      const v = Number(versionNumber(versions.get(p.update.functionArn)!))
      const before = numbered(
        d.plan.distributions.flatMap(x =>
          x.slotChanges.filter(c => c.functionArn === p.update.functionArn).map(c => c.from)
        )
      )
      const body = bodyAfter(fctx.cfg, d.snapshots)
      return writeIntent(fctx, p.update.functionName, p.journal, current => ({
        journal: recordIntent(current.journal, intentOf(fctx, 'deploy', v, before[0], body)),
        live: current.liveVersion ?? before[0] ?? v
      }))
    })
  )
  return {
    records: written.map((w, i) => w.record ?? d.parts[i]!.journal),
    errors: written.flatMap(w => ('error' in w && w.error ? [w.error] : []))
  }
}

async function execute(ctx: DeployContext, d: Decided, base: Outcome): Promise<Outcome> {
  let out: Outcome = { ...base }
  const t0 = ctx.clock.now()
  const published = await publishAll(
    ctx,
    d.plan,
    d.parts.map(p => p.reading)
  )
  out.timings.publishMs = ctx.clock.now() - t0
  // A publish changes nothing live: with one failed, no distribution is touched at all.
  if (published.errors.length > 0) return { ...out, errors: published.errors }
  const versionArns = d.parts.map(p => published.versions.get(p.update.functionArn)!)
  out = several(ctx)
    ? {
        ...out,
        versions: Object.fromEntries(
          d.parts.map((p, i) => [p.update.functionName, versionNumber(versionArns[i]!)])
        )
      }
    : { ...out, version: versionNumber(versionArns[0]!), versionArn: versionArns[0] }

  const intents = await writeIntents(ctx, d, published.versions)
  if (intents.errors.length > 0) return { ...out, errors: intents.errors }
  if (d.canary && d.parts[0]!.update.version.kind === 'publish')
    return throughCanary(ctx, d, d.canary, intents.records[0]!, out)

  const t1 = ctx.clock.now()
  const written = await writePlan(ctx, d.plan, d.snapshots, published.versions)
  out.timings.updateMs = ctx.clock.now() - t1
  out.changes = written.changes
  if (written.errors.length === 0) {
    const unmoved = watchUnmoved(ctx, d, published.versions, intents.records, out.changes)
    if (unmoved.length > 0) out = { ...out, changes: [...out.changes, ...unmoved], resumed: true }
  }
  if (touchedIds(out.changes).length === 0 && written.errors.length === 0)
    return { ...out, status: 'unchanged' }
  if (!several(ctx)) out = { ...out, changes: out.changes.map(singleShape) }
  const settled = await settle(ctx, d.parts[0]!.update.functionArn, out, written.errors)
  await Promise.all(
    d.parts.map((p, i) =>
      p.done ? undefined : recordOne(ctx, p, intents.records[i]!, settled, versionArns[i]!)
    )
  )
  if (settled.status !== 'cancelled') return settled
  const notes = d.parts
    .filter(p => !p.done)
    .map(p => explainCancel(settled, p, versionArns[d.parts.indexOf(p)]!))
  return { ...settled, liveNote: notes.join('\n'), errors: [...settled.errors, ...notes] }
}

/**
 * A function whose slots already held its version, unverified (a run stopped after its write):
 * its slots are watched, so the wait, the check and the verdict cover it too.
 */
function watchUnmoved(
  ctx: ModeContext,
  d: Decided,
  versions: ReadonlyMap<string, string>,
  records: readonly JournalRecord[],
  changes: readonly Change[]
): Change[] {
  const watches = d.parts.flatMap((p, i) => {
    if (p.done) return []
    const to = versions.get(p.update.functionArn)!
    const from = resumedFrom(p, records[i]!, to)
    const { spec } = p.reading.read
    return [{ spec, functionName: p.update.functionName, owner: p.update.functionArn, from, to }]
  })
  const unmoved = unmovedSlots(d.snapshots, watches, changes)
  for (const w of watches.filter(w => unmoved.some(c => c.functionArn === w.owner)))
    ctx.log.info(
      `Version ${versionNumber(w.to)}${several(ctx) ? ` of ${w.functionName}` : ''} is already associated everywhere but the journal does not show it verified: resuming (wait for Deployed, health check, verdict).`
    )
  return unmoved
}

/** The version a resumed function's slots held before the interrupted run wrote. */
function resumedFrom(p: Part, record: JournalRecord, versionArn: string): string {
  const v = Number(versionNumber(versionArn))
  const pending = record.journal.pending
  return pending?.version === v && pending.from !== undefined
    ? `${p.update.functionArn}:${pending.from}`
    : versionArn
}

/** A single function's changes keep the single-function shape of the `changes` output. */
const singleShape = ({ functionName: _n, functionArn: _a, ...c }: Change): Change => c

/** The changes of one function, made or undone (a single function's carry no name). */
const mine = (o: Outcome, p: Part): Change[] =>
  [...o.changes, ...(o.undone ?? [])].filter(
    c => c.functionArn === undefined || c.functionArn === p.update.functionArn
  )

/** After verification (or not): the function's verdict in its journal, and where its alias points. */
function recordOne(
  ctx: ModeContext,
  p: Part,
  record: JournalRecord,
  settled: Outcome,
  versionArn: string,
  verdict: Verdict = settled.status === 'deployed'
    ? 'good'
    : settled.status === 'cancelled'
      ? 'cancelled'
      : 'bad',
  // What the slots really held when we wrote (a 412 re-read may have found other versions).
  replaced: number[] = numbered(mine(settled, p).map(c => c.from))
): Promise<void> {
  const v = Number(versionNumber(versionArn))
  const changes = mine(settled, p)
  return writeVerdict(ctx, p.update.functionName, record, current => {
    const keepLive = current.liveVersion ?? replaced.find(r => r !== v) ?? v
    if (verdict === 'good')
      return {
        journal: recordVerdict(current.journal, v, 'good', { body: bodyOf(changes), replaced }),
        live: v
      }
    if (verdict === 'cancelled') {
      // The intent stays: a re-run resumes from it.
      const j = recordVerdict(current.journal, v, 'cancelled')
      return { journal: { ...j, pending: current.journal.pending }, live: keepLive }
    }
    return { journal: recordVerdict(current.journal, v, 'bad'), live: keepLive }
  })
}

/** What a cancelled run leaves live for one function, and what to do about it. */
function explainCancel(o: Outcome, p: Part, versionArn: string): string {
  const v = Number(versionNumber(versionArn))
  const changes = mine(o, p)
  // A version live before the journal knew of it counts, as it does for the verdict.
  const j = p.journal.journal
  const replaced = numbered(changes.map(c => c.from)).filter(r => r !== v)
  const unknown = replaced.find(r => !j.bad.includes(r) && !j.cancelled.includes(r))
  const prev = previousGood(j, v) ?? unknown
  return cancelledNote({ ...o, version: String(v), changes }, prev)
}

/**
 * The canary path (one function): staging, policy, health check, bake, then promotion
 * (src/modes/canary.ts). The journal's verdict follows the canary's: nothing yet while a manual
 * promotion waits (the intent is cleared: the primaries did not change; `mode: promote` records it).
 */
async function throughCanary(
  ctx: ModeContext,
  d: Decided,
  canary: readonly CanaryTarget[],
  record: JournalRecord,
  out: Outcome
): Promise<Outcome> {
  const p = d.parts[0]!
  const published = { version: out.version!, versionArn: out.versionArn! }
  const before = numbered(liveArns(configFor(ctx.cfg, p.reading.read.spec), d.snapshots))
  const c = await releaseCanary(ctx, d.snapshots, canary, published, out)
  if (c.record !== 'none') {
    const verdict = c.record === 'success' ? 'good' : 'bad'
    await recordOne(ctx, p, record, c.outcome, published.versionArn, verdict, before)
    return c.outcome
  }
  const v = Number(published.version)
  await writeVerdict(ctx, p.update.functionName, record, current => {
    const j = current.journal
    if (j.pending?.version !== v) return undefined
    return { journal: { ...j, pending: undefined }, live: current.liveVersion ?? before[0] ?? v }
  })
  return c.outcome
}

/**
 * Deploy mode: publish a version, re-point the associations with IfMatch, wait until Deployed,
 * check health. Every mutation comes after every check that could refuse the deploy, and a
 * failure after the first distribution update puts the changed associations back.
 *
 * Always true about production: the run holds the function's lock from its first write to its
 * end, writes its intent to the journal before the first distribution write and its verdict after
 * verification; a re-run finding its version live but unverified resumes instead of answering
 * `unchanged`.
 */
import { createHash } from 'node:crypto'
import type { Snapshot } from '../aws/cloudfront.js'
import { formatFailure } from '../aws/errors.js'
import { type JournalRecord, readJournal } from '../aws/journal-store.js'
import {
  publish,
  readFunction,
  readVersion,
  updateCode,
  updateConfiguration
} from '../aws/lambda.js'
import { versionOf } from '../edge.js'
import {
  type Body,
  isVerified,
  previousGood,
  recordIntent,
  recordVerdict,
  type Verdict
} from '../journal.js'
import { emptyOutcome, type Outcome } from '../outcome.js'
import { currentAssociation, desiredFor, planDistribution } from '../plan.js'
import type { Preflight } from '../preflight.js'
import type { FunctionFacts } from '../rules/facts.js'
import type { CanaryTarget } from '../canary.js'
import type { Verdict as RuleVerdict } from '../rules/evaluate.js'
import { prepareCanary, releaseCanary } from './canary.js'
import {
  bodyOf,
  cancelledNote,
  intentOf,
  withLock,
  writeIntent,
  writeVerdict
} from './journaled.js'
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

/** What the run reads before deciding anything: the distributions and the journal, side by side. */
interface State {
  snapshots: Snapshot[]
  journal: JournalRecord
  /** With `canary`: each primary's policy and staging distribution (read, not yet changed). */
  canary?: CanaryTarget[]
}

/** Reads and checks everything a deploy could refuse on; writes nothing. */
async function readState(
  ctx: DeployContext
): Promise<{ state?: State; errors: string[]; verdict: RuleVerdict }> {
  const { cfg, clients, preflight } = ctx
  const [all, journal] = await Promise.all([
    readAll(clients, cfg.distributionIds),
    readJournal(clients, preflight.fn.facts.name)
  ])
  // The rules that need the distributions (the CloudFront Function conflict) join the verdict.
  const rules = checkDistributions(preflight, cfg, all.snapshots)
  const errors = [
    ...all.errors,
    ...precheck(cfg, preflight.fn.arn, all.snapshots),
    ...rules.refusals
  ]
  if (!journal.ok) errors.push(formatFailure(journal.error))
  if (errors.length > 0 || !journal.ok) return { errors, verdict: rules.verdict }
  const canary = cfg.canary.kind === 'off' ? undefined : await prepareCanary(ctx, all.snapshots)
  if (canary && !canary.ok) return { errors: canary.error, verdict: rules.verdict }
  return {
    state: { snapshots: all.snapshots, journal: journal.value, canary: canary?.value },
    errors: [],
    verdict: rules.verdict
  }
}

/**
 * The version every slot already holds, when its code and configuration equal what we would
 * publish (Lambda would hand back that same version) and the slots need no other change.
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
  const desired = desiredFor(cfg.cacheBehaviors, cfg.eventType, only, cfg.includeBody ?? 'keep')
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

const numbered = (arns: readonly (string | null)[]): number[] => [
  ...new Set(arns.flatMap(a => (a && versionOf(a) ? [Number(versionOf(a))] : [])))
]

/** IncludeBody the slots will have: the input, or (empty input) what each slot has now. */
function bodyAfter(ctx: DeployContext, state: State): Body {
  if (ctx.cfg.includeBody !== undefined) return ctx.cfg.includeBody
  const bodies = new Set(
    state.snapshots.flatMap(s =>
      ctx.cfg.cacheBehaviors.map(
        b => currentAssociation(s.config, b, ctx.cfg.eventType)?.IncludeBody ?? false
      )
    )
  )
  return bodies.size === 1 ? [...bodies][0]! : bodies.size === 0 ? false : 'mixed'
}

/** After verification (or not): the journal's verdict and where the alias points. */
async function recordDeploy(
  ctx: DeployContext,
  first: JournalRecord | undefined,
  settled: Outcome,
  replaced: number[],
  verdict: Verdict = settled.status === 'deployed'
    ? 'good'
    : settled.status === 'cancelled'
      ? 'cancelled'
      : 'bad'
): Promise<void> {
  const v = Number(settled.version)
  const body = bodyOf(settled.changes)
  await writeVerdict(ctx, ctx.preflight.fn.facts.name, first, current => {
    const keepLive = current.liveVersion ?? replaced[0] ?? v
    if (verdict === 'good')
      return { journal: recordVerdict(current.journal, v, 'good', { body, replaced }), live: v }
    if (verdict === 'cancelled') {
      // The intent stays: a re-run resumes from it.
      const j = recordVerdict(current.journal, v, 'cancelled')
      return { journal: { ...j, pending: current.journal.pending }, live: keepLive }
    }
    return { journal: recordVerdict(current.journal, v, 'bad'), live: keepLive }
  })
}

/** Explains a cancelled run and names what is live. */
function explainCancel(o: Outcome, journal: JournalRecord, replaced: number[]): Outcome {
  // A version live before the journal knew of it counts, as it does for the verdict.
  const j = journal.journal
  const unknown = replaced.find(r => !j.bad.includes(r) && !j.cancelled.includes(r))
  const prev = previousGood(j, Number(o.version)) ?? unknown
  return { ...o, liveNote: cancelledNote(o, prev), errors: [...o.errors, cancelledNote(o, prev)] }
}

/**
 * The slots already hold `liveArn` but the journal does not show it verified (a run was killed or
 * cancelled after its distribution write): wait, check, and record the verdict now.
 */
async function resume(
  ctx: DeployContext,
  state: State,
  liveArn: string,
  out: Outcome
): Promise<Outcome> {
  const { cfg, preflight } = ctx
  const v = Number(versionOf(liveArn))
  const pending = state.journal.journal.pending
  const from = pending?.version === v ? pending.from : undefined
  const fromArn = from !== undefined ? `${preflight.fn.arn}:${from}` : liveArn
  ctx.log.info(
    `Version ${v} is already associated everywhere but the journal does not show it verified: resuming (wait for Deployed, health check, verdict).`
  )
  const changes = state.snapshots.flatMap(s =>
    cfg.cacheBehaviors.map(b => {
      const body = currentAssociation(s.config, b, cfg.eventType)?.IncludeBody ?? false
      return {
        distributionId: s.id,
        cacheBehavior: b,
        eventType: cfg.eventType,
        from: fromArn,
        to: liveArn,
        includeBody: body,
        fromIncludeBody: body
      }
    })
  )
  const base = { ...out, version: String(v), versionArn: liveArn, changes, resumed: true }
  const settled = await settle(ctx, preflight.fn.arn, base, [])
  await recordDeploy(ctx, undefined, settled, from !== undefined ? [from] : [])
  return settled.status === 'cancelled'
    ? explainCancel(settled, state.journal, from !== undefined ? [from] : [])
    : settled
}

/**
 * The canary path: staging, policy, health check, bake, then promotion (src/modes/canary.ts). The
 * journal's verdict follows the canary's: nothing yet while a manual promotion waits (the intent
 * is cleared: the primaries did not change; `mode: promote` records the verdict).
 */
async function canaryUnderLock(
  ctx: DeployContext,
  state: State,
  record: JournalRecord,
  published: { version: string; versionArn: string },
  before: number[],
  out: Outcome
): Promise<Outcome> {
  const c = await releaseCanary(ctx, state.snapshots, state.canary!, published, {
    ...out,
    ...published
  })
  const v = Number(published.version)
  if (c.record !== 'none') {
    await recordDeploy(ctx, record, c.outcome, before, c.record === 'success' ? 'good' : 'bad')
    return c.outcome
  }
  await writeVerdict(ctx, ctx.preflight.fn.facts.name, record, current => {
    const j = current.journal
    if (j.pending?.version !== v) return undefined
    return { journal: { ...j, pending: undefined }, live: current.liveVersion ?? before[0] ?? v }
  })
  return c.outcome
}

/** `live`: what alreadyLive() found on `state` (computed once per read of the state). */
async function underLock(
  ctx: DeployContext,
  state: State,
  out: Outcome,
  live: string | undefined
): Promise<Outcome> {
  const { preflight } = ctx
  const name = preflight.fn.facts.name
  out.previousVersions = previousVersions(ctx.cfg, state.snapshots)
  const zip = preflight.pkg ? await preflight.pkg.bytes() : undefined
  const codeSha = zip ? sha256(zip) : (preflight.fn.facts.codeSha256 ?? '')
  if (live) {
    if (isVerified(state.journal.journal, Number(versionOf(live))))
      return { ...out, status: 'unchanged', version: versionOf(live), versionArn: live }
    return resume(ctx, state, live, out)
  }

  const t0 = ctx.clock.now()
  const published = await publishNew(ctx, codeSha, zip)
  if ('error' in published) return { ...out, errors: [published.error] }
  out.timings.publishMs = ctx.clock.now() - t0
  ctx.log.info(`Published ${published.versionArn}`)
  const v = Number(published.version)
  const before = numbered(liveArns(ctx.cfg, state.snapshots))

  const intent = await writeIntent(ctx, name, state.journal, current => ({
    journal: recordIntent(
      current.journal,
      intentOf(ctx, 'deploy', v, before[0], bodyAfter(ctx, state))
    ),
    live: current.liveVersion ?? before[0] ?? v
  }))
  if (intent.error) return { ...out, ...published, errors: [intent.error] }
  if (state.canary) return canaryUnderLock(ctx, state, intent.record!, published, before, out)

  const t1 = ctx.clock.now()
  const applied = await applyEverywhere(
    ctx,
    state.snapshots,
    preflight.fn.arn,
    published.versionArn
  )
  const withWrites: Outcome = {
    ...out,
    ...published,
    changes: applied.changes,
    timings: { ...out.timings, updateMs: ctx.clock.now() - t1 }
  }
  // What the slots really held when we wrote (a 412 re-read may have found other versions).
  const replaced = numbered(withWrites.changes.map(c => c.from))
  if (touchedIds(withWrites.changes).length === 0 && applied.errors.length === 0)
    return resume(ctx, { ...state, journal: intent.record! }, published.versionArn, withWrites)

  const settled = await settle(ctx, preflight.fn.arn, withWrites, applied.errors)
  await recordDeploy(ctx, intent.record, settled, replaced)
  return settled.status === 'cancelled' ? explainCancel(settled, state.journal, replaced) : settled
}

export async function deploy(ctx: DeployContext): Promise<Outcome> {
  const { preflight } = ctx
  const out: Outcome = {
    ...emptyOutcome('failed'),
    functionArn: preflight.fn.arn,
    verdict: preflight.verdict
  }
  const first = await readState(ctx)
  out.verdict = first.verdict
  if (!first.state) return { ...out, errors: first.errors }

  // Verified and live: nothing to write, not even the lock.
  const zip = preflight.pkg ? await preflight.pkg.bytes() : undefined
  const codeSha = zip ? sha256(zip) : (preflight.fn.facts.codeSha256 ?? '')
  const live = await alreadyLive(ctx, first.state.snapshots, codeSha)
  if (live && isVerified(first.state.journal.journal, Number(versionOf(live)))) {
    ctx.log.info(
      `Version ${versionOf(live)} already holds this code and configuration, is live everywhere and verified: nothing to do.`
    )
    return {
      ...out,
      status: 'unchanged',
      version: versionOf(live),
      versionArn: live,
      previousVersions: previousVersions(ctx.cfg, first.state.snapshots)
    }
  }

  return withLock(ctx, preflight.fn.facts.name, out, async held => {
    if (held.waitedMs === 0 && !held.tookOver) return underLock(ctx, first.state!, out, live)
    // Another run went first: what it did is the starting point now.
    const fn = await readFunction(ctx.clients, preflight.fn.facts.name)
    if (!fn.ok) return { ...out, errors: [formatFailure(fn.error)] }
    const fresh = { ...ctx, preflight: { ...preflight, fn: fn.value } }
    const again = await readState(fresh)
    out.verdict = again.verdict
    if (!again.state) return { ...out, errors: again.errors }
    const zipNow = preflight.pkg ? await preflight.pkg.bytes() : undefined
    const shaNow = zipNow ? sha256(zipNow) : (fn.value.facts.codeSha256 ?? '')
    return underLock(
      fresh,
      again.state,
      out,
      await alreadyLive(fresh, again.state.snapshots, shaNow)
    )
  })
}

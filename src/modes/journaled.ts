/**
 * What deploy and rollback share around the journal and the lock: the run's lock scope, the
 * intent before the first distribution write, the verdict after verification, and the words a
 * cancelled or resumed run gives the user.
 */
import { formatFailure } from '../aws/errors.js'
import { type JournalChange, type JournalRecord, updateJournal } from '../aws/journal-store.js'
import { acquireLock, type Held, releaseLock } from '../aws/lease.js'
import { versionOf } from '../edge.js'
import { journalRunId, leaseSeconds } from '../lock.js'
import { type Body, type Intent, slotDigest } from '../journal.js'
import type { Outcome } from '../outcome.js'
import type { Change } from '../plan.js'
import type { ModeContext } from './shared.js'

/** Runs `work` holding the function's lock; the lock is released whatever happens. */
export async function withLock(
  ctx: ModeContext,
  fn: string,
  failed: Outcome,
  work: (held: Held) => Promise<Outcome>
): Promise<Outcome> {
  const { cfg } = ctx
  const held = await acquireLock(ctx.clients, fn, ctx.identity, {
    clock: ctx.clock,
    log: ctx.log,
    timeoutSeconds: cfg.lockTimeoutSeconds,
    // A canary waits up to three times (staging, policy, promotion) and a bake adds its seconds.
    leaseSeconds:
      leaseSeconds(
        cfg.waitTimeoutSeconds * (cfg.canary.kind === 'off' ? 1 : 2),
        cfg.healthCheckTimeoutSeconds
      ) + cfg.bake.seconds,
    signal: ctx.signal
  })
  if (!held.ok)
    return { ...failed, status: ctx.signal?.aborted ? 'cancelled' : 'failed', errors: [held.error] }
  try {
    return await work(held.value)
  } finally {
    await releaseLock(ctx.clients, fn, held.value, ctx.log)
  }
}

/**
 * Holds every named function's lock around `work`, taken one after the other in name order, so two
 * runs over overlapping functions cannot each hold a part and wait for the other forever. `waited`:
 * some lock was held by another run first (what that run did is the starting point now).
 */
export function withLocks(
  ctx: ModeContext,
  names: readonly string[],
  failed: Outcome,
  work: (waited: boolean) => Promise<Outcome>
): Promise<Outcome> {
  const sorted = [...new Set(names)].sort()
  const take = (i: number, waited: boolean): Promise<Outcome> =>
    i >= sorted.length
      ? work(waited)
      : withLock(ctx, sorted[i]!, failed, held =>
          take(i + 1, waited || held.waitedMs > 0 || held.tookOver !== undefined)
        )
  return take(0, false)
}

/** Every slot this run aims at, as `DIST|behavior|event`. */
export const slotKeys = (ctx: ModeContext): string[] =>
  ctx.cfg.distributionIds.flatMap(d =>
    ctx.cfg.cacheBehaviors.map(b => `${d}|${b}|${ctx.cfg.eventType}`)
  )

/** IncludeBody as the slots hold it after the changes: one value, or a mix. */
export function bodyOf(changes: readonly Change[]): Body {
  const values = new Set(changes.map(c => c.includeBody))
  return values.size === 1 ? [...values][0]! : values.size === 0 ? false : 'mixed'
}

export function intentOf(
  ctx: ModeContext,
  kind: Intent['kind'],
  version: number,
  from: number | undefined,
  body: Body
): Intent {
  return {
    kind,
    version,
    from,
    run: journalRunId(ctx.identity),
    body,
    slots: slotDigest(slotKeys(ctx))
  }
}

/** The intent must be in AWS before the first distribution write: without it, no write. */
export async function writeIntent(
  ctx: ModeContext,
  fn: string,
  first: JournalRecord | undefined,
  change: JournalChange
): Promise<{ record?: JournalRecord; error?: string }> {
  const w = await updateJournal(ctx.clients, fn, change, first)
  if (w.ok) return { record: w.value }
  return {
    error: `Could not record the deploy's intent in the journal (${fn}:lambda-edge-live), so nothing was associated: ${formatFailure(w.error)}`
  }
}

/** The verdict is bookkeeping after the fact: a failure to write it is a loud warning. */
export async function writeVerdict(
  ctx: ModeContext,
  fn: string,
  first: JournalRecord | undefined,
  change: JournalChange
): Promise<void> {
  const w = await updateJournal(ctx.clients, fn, change, first)
  if (!w.ok)
    ctx.log.warning(
      `Could not record the verdict in the deploy journal: ${formatFailure(w.error)}. A re-run will verify the live version again.`
    )
}

/** What a cancelled run leaves live, and what to do about it. */
export function cancelledNote(out: Outcome, previous: number | undefined): string {
  const v = out.version ?? (out.versionArn ? versionOf(out.versionArn) : undefined)
  const slots = out.changes.length
  const back = previous ? ` (previous verified version: ${previous})` : ''
  return `Cancelled: version ${v ?? '?'} is associated with ${slots} slot(s) but was not verified (journal: cancelled). Re-run this job to verify it (the re-run resumes where this one stopped), or roll back with mode: rollback${back}.`
}

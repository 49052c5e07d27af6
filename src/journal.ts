/**
 * The deploy journal, kept in AWS beside the function so any runner (a re-run, another workflow,
 * the CLI on a laptop) sees the same truth. Edge functions cannot carry tags, but they can have
 * aliases, and an alias has a description (at most 256 characters): the alias `lambda-edge-live`
 * points at the last verified live version and its description holds this journal as compact JSON.
 *
 * What it records, per function:
 * - `pending`: the intent of the deploy under way, written before its first distribution write
 *   (version, the version it replaces, run id, include-body, a digest of the slots);
 * - the verdict once the deploy was verified or stopped: good (Deployed and healthy), bad (failed
 *   or rolled back from), cancelled (stopped before verification: never good until a re-run
 *   verifies it).
 * Only good versions are offered as `previous`. Pure: the alias adapter reads and writes the text.
 */
import { createHash } from 'node:crypto'

export const JOURNAL_ALIAS = 'lambda-edge-live'
// Lambda's limit on an alias description (UpdateAlias, Description: "Maximum length of 256").
const MAX_DESCRIPTION = 256

/** IncludeBody a version was deployed with: one setting for every slot, or a mix of both. */
export type Body = boolean | 'mixed'

export interface Intent {
  /** A rollback's intent re-points to an older version; a deploy's to a new one. */
  kind: 'deploy' | 'rollback'
  version: number
  /** The version the slots held before (what a resumed rollback came from). */
  from?: number
  /** Who wrote it: `RUN_ID.ATTEMPT` on a runner, `cli-...` from the CLI. */
  run: string
  body: Body
  /** sha256 of the sorted slot keys, 8 hex digits: the same slots or not. */
  slots: string
}

export interface Journal {
  /** Verified versions, oldest first; a re-verified version moves to the end. */
  good: number[]
  /** Failed, or rolled back from: never chosen as `previous`. */
  bad: number[]
  /** Stopped before verification: never `previous`, resumed by a re-run. */
  cancelled: number[]
  /** IncludeBody each good version was deployed with (rollback restores it). */
  body: Record<number, Body>
  pending?: Intent
}

export type Verdict = 'good' | 'bad' | 'cancelled'

export const emptyJournal = (): Journal => ({ good: [], bad: [], cancelled: [], body: {} })

const isVersion = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.filter(isVersion) : [])
const bodyOf = (raw: unknown): Body | undefined =>
  raw === 1 ? true : raw === 0 ? false : raw === 'm' ? 'mixed' : undefined
const bodyCode = (b: Body): number | string => (b === 'mixed' ? 'm' : b ? 1 : 0)

export const slotDigest = (slots: readonly string[]): string =>
  createHash('sha256')
    .update([...slots].sort().join('\n'))
    .digest('hex')
    .slice(0, 8)

function parseIntent(raw: unknown): Intent | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const p = raw as Record<string, unknown>
  if (!isVersion(p.v) || typeof p.r !== 'string') return undefined
  return {
    kind: p.k === 'r' ? 'rollback' : 'deploy',
    version: p.v,
    from: isVersion(p.f) ? p.f : undefined,
    run: p.r,
    body: bodyOf(p.b) ?? false,
    slots: typeof p.s === 'string' ? p.s : ''
  }
}

/** The journal in an alias description; also reads the older `{good, bad}` history. */
export function parseJournal(description: string | undefined): Journal {
  let raw: Record<string, unknown>
  try {
    raw = JSON.parse(description ?? '') as Record<string, unknown>
    if (typeof raw !== 'object' || raw === null) return emptyJournal()
  } catch {
    // Absent or written by hand: start afresh rather than fail a deploy over bookkeeping.
    return emptyJournal()
  }
  const j = emptyJournal()
  const good = Array.isArray(raw.g) ? raw.g : Array.isArray(raw.good) ? raw.good : []
  for (const e of good as unknown[]) {
    const [v, b] = Array.isArray(e) ? e : [e, undefined]
    if (!isVersion(v)) continue
    j.good.push(v)
    const body = bodyOf(b)
    if (body !== undefined) j.body[v] = body
  }
  j.bad = numbers(raw.b ?? raw.bad)
  j.cancelled = numbers(raw.c)
  j.pending = parseIntent(raw.p)
  return j
}

function encode(j: Journal): string {
  const g = j.good.map(v => (j.body[v] === undefined ? v : [v, bodyCode(j.body[v])]))
  const p = j.pending
  return JSON.stringify({
    g,
    b: j.bad,
    c: j.cancelled,
    ...(p && {
      p: {
        ...(p.kind === 'rollback' && { k: 'r' }),
        v: p.version,
        f: p.from,
        r: p.run.slice(0, 40),
        b: bodyCode(p.body),
        s: p.slots
      }
    })
  })
}

/** Compact JSON under Lambda's limit; the oldest verdicts go first when it is too long. */
export function serializeJournal(j: Journal): string {
  const next: Journal = { ...j, good: [...j.good], bad: [...j.bad], cancelled: [...j.cancelled] }
  for (;;) {
    const text = encode(next)
    if (text.length <= MAX_DESCRIPTION) return text
    const longest = [next.good, next.bad, next.cancelled].sort((a, b) => b.length - a.length)[0]!
    longest.shift()
  }
}

const without = (list: readonly number[], v: number): number[] => list.filter(n => n !== v)

/** True when the journal knows anything about `v` (a verdict or a pending intent). */
const known = (j: Journal, v: number): boolean =>
  j.good.includes(v) || j.bad.includes(v) || j.cancelled.includes(v) || j.pending?.version === v

/** A deploy is about to write its first distribution: say so before it does. */
export const recordIntent = (j: Journal, intent: Intent): Journal => ({ ...j, pending: intent })

/** The journal says `v` was verified, and no later deploy of it is under way. */
export const isVerified = (j: Journal, v: number): boolean =>
  j.good.includes(v) && j.pending?.version !== v

/**
 * The verdict on `version`. Good: it becomes the newest good version, and the version it replaced
 * counts as good too when the journal never heard of it (it was live before the first journaled
 * deploy, associated by hand); a version the journal knows as bad, cancelled or pending stays so.
 */
export function recordVerdict(
  j: Journal,
  version: number,
  verdict: Verdict,
  o: { body?: Body; replaced?: readonly number[] } = {}
): Journal {
  const pending = j.pending?.version === version ? undefined : j.pending
  const body = { ...j.body }
  if (verdict !== 'good') {
    // A cancelled re-deploy of a version verified earlier keeps the earlier verdict.
    const keepGood = verdict === 'cancelled' && j.good.includes(version)
    if (!keepGood) delete body[version]
    return {
      good: keepGood ? j.good : without(j.good, version),
      bad: verdict === 'bad' ? [...without(j.bad, version), version] : without(j.bad, version),
      cancelled:
        verdict === 'cancelled' && !keepGood
          ? [...without(j.cancelled, version), version]
          : without(j.cancelled, version),
      body,
      pending
    }
  }
  let good = [...j.good]
  for (const r of o.replaced ?? []) if (r !== version && !known(j, r)) good.push(r)
  good = [...without(good, version), version]
  if (o.body !== undefined) body[version] = o.body
  return {
    good,
    bad: without(j.bad, version),
    cancelled: without(j.cancelled, version),
    body,
    pending
  }
}

/**
 * The last good version before `live`, if any. When `live` is not a recorded success (a failed or
 * cancelled deploy left it in place, or it was associated by hand), the newest good version older
 * than it: never a newer one.
 */
export function previousGood(j: Journal, live: number | undefined): number | undefined {
  const at = live === undefined ? -1 : j.good.lastIndexOf(live)
  const before = at >= 0 ? j.good.slice(0, at) : j.good.filter(v => live === undefined || v < live)
  return [...before].reverse().find(v => v !== live && !j.bad.includes(v))
}

/** A verified rollback from `from` to `to`: the version rolled back from is never offered again. */
export function recordRollback(j: Journal, from: number | undefined, to: number): Journal {
  const after = from !== undefined && from !== to ? recordVerdict(j, from, 'bad') : j
  const pending = after.pending?.version === to ? undefined : after.pending
  if (after.good.includes(to)) return { ...after, pending }
  return recordVerdict({ ...after, pending }, to, 'good')
}

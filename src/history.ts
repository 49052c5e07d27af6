/**
 * Deploy history, kept in AWS beside the function so any runner can roll back without GitHub:
 * edge functions cannot carry tags, but they can have aliases, and an alias has a description.
 * The alias `lambda-edge-live` points at the live version; its description holds which versions
 * were deployed successfully (in order) and which failed or were rolled back. Pure: the Lambda
 * adapter reads and writes the text.
 */
export const HISTORY_ALIAS = 'lambda-edge-live'
// Lambda's limit on an alias description.
const MAX_DESCRIPTION = 256

export interface History {
  /** Versions whose deploy succeeded, oldest first; a re-deployed version moves to the end. */
  good: number[]
  /** Versions whose deploy failed or that were rolled back: never chosen as `previous`. */
  bad: number[]
}

export const emptyHistory = (): History => ({ good: [], bad: [] })

const numbers = (v: unknown): number[] =>
  Array.isArray(v) ? v.filter((n): n is number => Number.isInteger(n) && n > 0) : []

export function parseHistory(description: string | undefined): History {
  try {
    const raw = JSON.parse(description ?? '') as { good?: unknown; bad?: unknown }
    return { good: numbers(raw.good), bad: numbers(raw.bad) }
  } catch {
    // Absent or written by hand: start afresh rather than fail a deploy over bookkeeping.
    return emptyHistory()
  }
}

/** Compact JSON under Lambda's limit; the oldest entries go first when it is too long. */
export function serializeHistory(h: History): string {
  const good = [...h.good]
  const bad = [...h.bad]
  for (;;) {
    const text = JSON.stringify({ good, bad })
    if (text.length <= MAX_DESCRIPTION) return text
    if (bad.length > good.length) bad.shift()
    else good.shift()
  }
}

const without = (list: number[], v: number): number[] => list.filter(n => n !== v)

/**
 * A deploy of `version` succeeded. The version it replaced was live, so it counts as good too,
 * unless it is known bad (it may have been associated by hand before the first run).
 */
export function recordSuccess(h: History, version: number, replaced: readonly number[]): History {
  let good = [...h.good]
  for (const r of replaced)
    if (r !== version && !h.bad.includes(r) && !good.includes(r)) good.push(r)
  good = [...without(good, version), version]
  return { good, bad: without(h.bad, version) }
}

/** A deploy of `version` failed, or `version` was rolled back: never offer it as `previous`. */
export function recordFailure(h: History, version: number): History {
  return { good: without(h.good, version), bad: [...without(h.bad, version), version] }
}

/**
 * The last good version deployed before `live`, if any. When `live` is not a recorded success (a
 * failed deploy left it in place, or it was associated by hand), the newest good version older
 * than it: never a newer one.
 */
export function previousGood(h: History, live: number | undefined): number | undefined {
  const at = live === undefined ? -1 : h.good.lastIndexOf(live)
  const before = at >= 0 ? h.good.slice(0, at) : h.good.filter(v => live === undefined || v < live)
  return [...before].reverse().find(v => v !== live && !h.bad.includes(v))
}

/** A rollback from `from` to `to`: the version rolled back from is never offered again. */
export function recordRollback(h: History, from: number | undefined, to: number): History {
  const after = from !== undefined && from !== to ? recordFailure(h, from) : h
  return after.good.includes(to) ? after : recordSuccess(after, to, [])
}

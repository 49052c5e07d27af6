/**
 * Which old versions may go (pure). Never a version a distribution references, never the live or
 * last-good one recorded for rollback, never one an alias points at, never the newest `keep`.
 */
export interface RetentionInput {
  versions: readonly number[]
  keep: number
  referenced: ReadonlySet<number>
  protectedVersions: ReadonlySet<number>
}

export interface RetentionPlan {
  remove: number[]
  keep: { version: number; why: 'newest' | 'referenced' | 'protected' }[]
}

export function planRetention(i: RetentionInput): RetentionPlan {
  const newestFirst = [...new Set(i.versions)].sort((a, b) => b - a)
  const plan: RetentionPlan = { remove: [], keep: [] }
  newestFirst.forEach((version, rank) => {
    if (rank < i.keep) plan.keep.push({ version, why: 'newest' })
    else if (i.referenced.has(version)) plan.keep.push({ version, why: 'referenced' })
    else if (i.protectedVersions.has(version)) plan.keep.push({ version, why: 'protected' })
    else plan.remove.push(version)
  })
  return plan
}

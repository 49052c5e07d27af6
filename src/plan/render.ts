/**
 * The plan as the user sees it: one table of functions, one table of slot changes (summary and
 * comment), and the `plan` output as JSON. Pure; the JSON uses the same labels as the `changes`
 * output, so what plan shows can be compared with what deploy changed.
 */
import { type Change, formatPlanError, versionLabel } from '../plan.js'
import { code, table } from '../report/markdown.js'
import { type FieldChange, type FunctionUpdate, NEXT, type Plan, type Refusal } from './value.js'

export interface PlanJson {
  functions: {
    functionName: string
    eventType: string
    /** `next` for a publish, else the version number that stays or comes back. */
    version: string
    code: { from: string | null; to: string } | null
    configuration: { field: string; from: string | number | null; to: string | number | null }[]
    /** The version comes back by a rollback (rather than staying unchanged). */
    rollback: boolean
    errors: number
    warnings: number
  }[]
  /** The `changes` entries deploy will report (`next` for the version it publishes), plus IncludeBody. */
  changes: (ChangeJson & { includeBody: boolean; fromIncludeBody: boolean })[]
  /** One UpdateDistribution each. */
  distributions: string[]
}

/** One entry of the `changes` output (and of the plan's), labels instead of ARNs. */
export interface ChangeJson {
  functionName?: string
  distributionId: string
  cacheBehavior: string
  eventType: string
  from: string | null
  to: string | null
}

/** A version number, `next` for the version a deploy will publish, or `none`. */
export const slotLabel = (arn: string | null): string =>
  arn !== null && arn.endsWith(`:${NEXT}`) ? NEXT : versionLabel(arn)
const label = (arn: string | null): string | null => (arn === null ? null : slotLabel(arn))

export const changeJson = (c: Change): ChangeJson => ({
  ...(c.functionName !== undefined ? { functionName: c.functionName } : {}),
  distributionId: c.distributionId,
  cacheBehavior: c.cacheBehavior,
  eventType: c.eventType,
  from: label(c.from),
  to: label(c.to)
})

function versionOfUpdate(f: FunctionUpdate): string {
  return f.version.kind === 'publish' ? NEXT : versionLabel(f.version.versionArn)
}

const fieldJson = (c: FieldChange): PlanJson['functions'][number]['configuration'][number] => ({
  field: c.field,
  from: c.from ?? null,
  to: c.to ?? null
})

export function planJson(plan: Plan): PlanJson {
  return {
    functions: plan.functions.map(f => ({
      functionName: f.functionName,
      eventType: f.eventType,
      version: versionOfUpdate(f),
      code: f.code ? { from: f.code.from ?? null, to: f.code.to } : null,
      configuration: f.configuration.map(fieldJson),
      rollback: f.version.kind === 'existing' && f.version.why === 'rollback',
      errors: f.verdict.errors,
      warnings: f.verdict.warnings
    })),
    changes: plan.distributions.flatMap(d =>
      d.slotChanges.map(c => ({
        ...changeJson(c),
        includeBody: c.includeBody,
        fromIncludeBody: c.fromIncludeBody
      }))
    ),
    distributions: plan.distributions.map(d => d.id)
  }
}

type FunctionJson = PlanJson['functions'][number]

function whatHappens(f: FunctionJson): string {
  if (f.version !== NEXT)
    return f.rollback ? `back to version ${f.version}` : `unchanged: version ${f.version} is live`
  const parts = [
    f.code ? 'new code' : 'same code',
    ...f.configuration.map(c => `${c.field} ${String(c.from ?? '-')} → ${String(c.to ?? '-')}`)
  ]
  return `publish a new version (${parts.join(', ')})`
}

const findings = (f: FunctionJson): string =>
  f.errors > 0 ? `❌ ${f.errors} error(s)` : f.warnings > 0 ? `⚠️ ${f.warnings} warning(s)` : '✅'

/**
 * Markdown: what happens to each function, then every slot that moves, one table for all. It takes
 * the JSON form, so the summary, the comment and the `plan` output show the very same value.
 */
export function renderPlan(plan: PlanJson): string {
  const fns = table(
    ['Function', 'Event type', 'Version', 'Preflight'],
    plan.functions.map(f => [code(f.functionName), f.eventType, whatHappens(f), findings(f)])
  )
  const moves =
    plan.changes.length === 0
      ? '_No association changes._'
      : table(
          ['Function', 'Distribution', 'Cache behavior', 'Event type', 'From', 'To', 'Body'],
          plan.changes.map(c => [
            code(c.functionName ?? ''),
            code(c.distributionId),
            code(c.cacheBehavior),
            c.eventType,
            c.from ?? 'none',
            c.to ?? 'none',
            c.includeBody === c.fromIncludeBody
              ? String(c.includeBody)
              : `${c.fromIncludeBody} → ${c.includeBody}`
          ])
        )
  const n = plan.distributions.length
  const tail =
    n === 0
      ? ''
      : `\n\n${n} UpdateDistribution call(s), one per distribution, and one wait cover every change.`
  return `${fns}\n\n${moves}${tail}`
}

/** A refusal in the user's words; with several functions it says whose slot it is. */
export const formatRefusal = (r: Refusal, several: boolean): string =>
  `${several ? `Function ${r.functionName}: ` : ''}${formatPlanError(r.distributionId, r.error)}`

/**
 * The plan as the user sees it: one table of functions, one table of slot changes (summary and
 * comment), and the `plan` output as JSON. Pure; the JSON uses the same labels as the `changes`
 * output, so what plan shows can be compared with what deploy changed.
 */
import { type Change, versionLabel } from '../plan.js'
import { code, table } from '../report/markdown.js'
import { type FieldChange, type FunctionUpdate, NEXT, type Plan } from './value.js'

export interface PlanJson {
  functions: {
    functionName: string
    eventType: string
    /** `next` for a publish, else the version number that stays or comes back. */
    version: string
    code: { from: string | null; to: string } | null
    configuration: { field: string; from: string | number | null; to: string | number | null }[]
    errors: number
    warnings: number
  }[]
  changes: ChangeJson[]
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
  return f.version.kind === 'publish' ? 'next' : versionLabel(f.version.versionArn)
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
      errors: f.verdict.errors,
      warnings: f.verdict.warnings
    })),
    changes: plan.distributions.flatMap(d => d.slotChanges.map(changeJson))
  }
}

function whatHappens(f: FunctionUpdate): string {
  if (f.version.kind === 'existing')
    return f.version.why === 'rollback'
      ? `back to version ${versionLabel(f.version.versionArn)}`
      : `unchanged: version ${versionLabel(f.version.versionArn)} is live`
  const parts = [
    f.code ? 'new code' : 'same code',
    ...f.configuration.map(c => `${c.field} ${String(c.from ?? '-')} → ${String(c.to ?? '-')}`)
  ]
  return `publish a new version (${parts.join(', ')})`
}

const findings = (f: FunctionUpdate): string =>
  f.verdict.errors > 0
    ? `❌ ${f.verdict.errors} error(s)`
    : f.verdict.warnings > 0
      ? `⚠️ ${f.verdict.warnings} warning(s)`
      : '✅'

/** Markdown: what happens to each function, then every slot that moves, in one table for all. */
export function renderPlan(plan: Plan): string {
  const fns = table(
    ['Function', 'Event type', 'Version', 'Preflight'],
    plan.functions.map(f => [code(f.functionName), f.eventType, whatHappens(f), findings(f)])
  )
  const slots = plan.distributions.flatMap(d => d.slotChanges)
  const moves =
    slots.length === 0
      ? '_No association changes._'
      : table(
          ['Function', 'Distribution', 'Cache behavior', 'Event type', 'From', 'To', 'Body'],
          slots.map(c => [
            code(c.functionName),
            code(c.distributionId),
            code(c.cacheBehavior),
            c.eventType,
            slotLabel(c.from),
            slotLabel(c.to),
            c.includeBody === c.fromIncludeBody
              ? String(c.includeBody)
              : `${c.fromIncludeBody} → ${c.includeBody}`
          ])
        )
  const updates = plan.distributions.length
  const tail =
    updates === 0
      ? ''
      : `\n\n${updates} UpdateDistribution call(s), one per distribution, and one wait cover every change.`
  return `${fns}\n\n${moves}${tail}`
}

/** Runs the rule table over the facts: every rule, every finding, never just the first. */
import type { ConfigChanges } from '../config.js'
import type { FunctionFacts } from './facts.js'
import { RULES, type Rule, type RuleContext, type Severity } from './table.js'

export interface Finding {
  rule: string
  title: string
  severity: Severity
  limit: string
  actual: string
  fix: string
  file?: string
  /** The user's event file (test-events) a smoke-run finding is about. */
  eventFile?: string
}

export type RuleStatus = 'pass' | 'warn' | 'fail' | 'skip'

export interface RuleOutcome {
  rule: string
  title: string
  status: RuleStatus
  limit: string
}

export interface Verdict {
  outcomes: RuleOutcome[]
  findings: Finding[]
  errors: number
  warnings: number
}

/** The function as it will be once the requested configuration changes are applied. */
export function applyChanges(fn: FunctionFacts, changes: ConfigChanges): FunctionFacts {
  return {
    ...fn,
    runtime: changes.runtime ?? fn.runtime,
    handler: changes.handler ?? fn.handler,
    memorySize: changes.memorySize ?? fn.memorySize,
    timeout: changes.timeout ?? fn.timeout
  }
}

function outcomeOf(rule: Rule, findings: Finding[] | undefined): RuleStatus {
  if (findings === undefined) return 'skip'
  if (findings.some(f => f.severity === 'error')) return 'fail'
  return findings.length > 0 ? 'warn' : 'pass'
}

export function evaluate(ctx: RuleContext, rules: readonly Rule[] = RULES): Verdict {
  const outcomes: RuleOutcome[] = []
  const findings: Finding[] = []
  for (const rule of rules) {
    if (!rule.appliesTo.includes(ctx.eventType)) continue
    const limit = rule.limit(ctx)
    const found = rule.check(ctx)?.map(v => ({
      rule: rule.id,
      title: rule.title,
      severity: v.severity ?? rule.severity,
      limit,
      actual: v.actual,
      fix: rule.fix,
      ...(v.file !== undefined ? { file: v.file } : {}),
      ...(v.eventFile !== undefined ? { eventFile: v.eventFile } : {})
    }))
    outcomes.push({ rule: rule.id, title: rule.title, status: outcomeOf(rule, found), limit })
    if (found) findings.push(...found)
  }
  return {
    outcomes,
    findings,
    errors: findings.filter(f => f.severity === 'error').length,
    warnings: findings.filter(f => f.severity === 'warning').length
  }
}

export const formatFinding = (f: Finding): string =>
  `[${f.rule}] ${f.title}: ${f.actual} (limit: ${f.limit}). ${f.fix}`

/**
 * A verdict completed by rules that could run only later (the distribution rows, once deploy or
 * plan has read the configs): their outcomes replace the skipped ones, their findings are added.
 */
export function mergeVerdicts(first: Verdict, later: Verdict): Verdict {
  const ran = new Map(later.outcomes.map(o => [o.rule, o]))
  const seen = new Set(first.outcomes.map(o => o.rule))
  const findings = [...first.findings, ...later.findings]
  return {
    outcomes: [
      ...first.outcomes.map(o => ran.get(o.rule) ?? o),
      ...later.outcomes.filter(o => !seen.has(o.rule))
    ],
    findings,
    errors: findings.filter(f => f.severity === 'error').length,
    warnings: findings.filter(f => f.severity === 'warning').length
  }
}

/** Pure renderers of the job summary: what was checked, what changed, how long it took. */
import type { Finding, RuleOutcome, Verdict } from '../rules/evaluate.js'
import { versionLabel, type Change } from '../plan.js'
import { code, escapeMarkdown, table } from './markdown.js'

const ICON: Record<RuleOutcome['status'], string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  skip: '➖ n/a'
}

export function renderVerdict(functionName: string, eventType: string, v: Verdict): string {
  const head = `### Lambda@Edge preflight: ${code(functionName)} on ${code(eventType)}\n\n${
    v.errors > 0 ? `**${v.errors} error(s)**` : '**No errors**'
  }, ${v.warnings} warning(s), ${v.outcomes.length} rules checked.`
  const rules = table(
    ['Rule', 'Check', 'Limit', 'Result'],
    v.outcomes.map(o => [code(o.rule), o.title, cell(o.limit), ICON[o.status]])
  )
  const findings =
    v.findings.length === 0
      ? ''
      : `\n\n#### Findings\n\n${v.findings.map(renderFinding).join('\n')}`
  return `${head}\n\n${rules}${findings}\n`
}

// Rule titles, limits and fixes are ours; the actual values can quote file names from the package.
const cell = (ours: string): string => ours.replace(/\|/g, '\\|')
const renderFinding = (f: Finding): string =>
  `- ${f.severity === 'error' ? '❌' : '⚠️'} ${code(f.rule)}: ${escapeMarkdown(f.actual)} (limit: ${cell(f.limit)}). ${f.fix}`

export function renderChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return '_No association changed._'
  return table(
    ['Distribution', 'Cache behavior', 'Event type', 'From', 'To'],
    changes.map(c => [
      code(c.distributionId),
      code(c.cacheBehavior),
      c.eventType,
      versionLabel(c.from),
      // A body the function reads (or stops reading) is a behaviour change: never silent.
      c.includeBody === c.fromIncludeBody
        ? versionLabel(c.to)
        : `${versionLabel(c.to)} (IncludeBody ${c.fromIncludeBody} → ${c.includeBody})`
    ])
  )
}

export interface Timings {
  publishMs?: number
  updateMs?: number
  waitMs?: number
}

const seconds = (ms: number | undefined): string =>
  ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`

/** `polls`: the GetDistribution calls of the waits, so the cost of waiting is visible too. */
export function renderTimings(t: Timings, polls?: number): string {
  return table(
    ['Publish', 'Update distributions', 'Wait until Deployed', 'Status polls'],
    [
      [
        seconds(t.publishMs),
        seconds(t.updateMs),
        seconds(t.waitMs),
        polls === undefined ? '-' : String(polls)
      ]
    ]
  )
}

export function consoleLinks(
  functionName: string,
  version: string | undefined,
  distributionIds: readonly string[]
): string {
  const fn = encodeURIComponent(functionName)
  const fnLink = `https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/functions/${fn}${version ? `/versions/${encodeURIComponent(version)}` : ''}`
  const dists = distributionIds.map(
    id =>
      `[${id}](https://us-east-1.console.aws.amazon.com/cloudfront/v4/home#/distributions/${encodeURIComponent(id)})`
  )
  return `Console: [function ${escapeMarkdown(functionName)}${version ? ` version ${version}` : ''}](${fnLink}) · ${dists.join(' · ')}`
}

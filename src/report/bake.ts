/**
 * Pure renderer of the bake for the job summary and the PR comment: the verdict, which metric
 * crossed which line, the figures it was based on (requests, 5xx before and after, the Lambda@Edge
 * error counts CloudWatch had) and a CloudWatch console link per distribution. Distribution ids are
 * checked by config.ts and figures are numbers; only the failure text (it may quote AWS) is escaped.
 */
import type { BakeReport, DistributionBake } from '../bake/bake.js'
import { BASELINES, LAMBDA_METRICS, percent } from '../bake/verdict.js'
import { code, escapeMarkdown, table } from './markdown.js'

const HEADLINE: Record<BakeReport['result'], string> = {
  pass: '✅ passed',
  fail: '❌ failed: rolled back',
  'too-little-traffic': '⚠️ too little traffic to judge (not a pass)',
  error: '❌ could not read CloudWatch'
}

function verdictCell(d: DistributionBake): string {
  const j = d.judgement
  if (j.kind === 'fail') return `❌ ${j.metric} above ${percent(j.limit)}`
  if (j.kind === 'pass') return '✅'
  return `⚠️ ${j.requests} of ${j.needed} requests needed`
}

function lambdaCell(d: DistributionBake): string {
  const seen = LAMBDA_METRICS.filter(m => d.bake.lambdaErrors[m] !== undefined)
  return seen.length === 0 ? '-' : seen.map(m => `${m} ${d.bake.lambdaErrors[m]}`).join(', ')
}

// Angle brackets: the console's URL holds parentheses, which would end a plain Markdown link.
const link = (text: string, url: string): string => `[${text}](<${url}>)`

export function renderBake(r: BakeReport): string {
  // A canary's failing bake changed nothing on the primaries: its policy was disabled instead.
  const canary = r.distributions.some(d => d.against === 'primary')
  const headline =
    r.result === 'fail' && canary
      ? '❌ failed: canary aborted, primary unchanged'
      : HEADLINE[r.result]
  const head = `#### Bake ${headline}`
  const against = [...new Set(r.distributions.map(d => BASELINES[d.against].rule))]
  const rules =
    `${r.seconds} s in ${r.periodSeconds} s periods (${Math.round(r.elapsedMs / 1000)} s watched, ` +
    `${r.calls} GetMetricData call(s)); fails above ${percent(r.max5xxRate)} 5xx ` +
    `${against.length > 0 ? against.join(' / ') : BASELINES.before.rule}, once ${r.minRequests} requests were seen.`
  // An AWS error may quote foreign text: escaped like every other message.
  const why = r.failure ? `**Why:** ${escapeMarkdown(r.failure)}` : undefined
  const rows = r.distributions.map(d => [
    d.primaryId
      ? `${code(d.distributionId)} (staging of ${code(d.primaryId)})`
      : code(d.distributionId),
    String(d.bake.requests),
    percent(d.baseline.rate),
    percent(d.bake.rate),
    lambdaCell(d),
    verdictCell(d),
    `${link('5xx', d.links.rate5xx)} · ${link('requests', d.links.requests)}`
  ])
  const figures =
    rows.length === 0
      ? undefined
      : table(
          [
            'Distribution',
            'Requests judged',
            [...new Set(r.distributions.map(d => BASELINES[d.against].column))].join(' / '),
            '5xx during bake',
            'Lambda@Edge errors',
            'Verdict',
            'CloudWatch'
          ],
          rows
        )
  return [head, rules, why, figures].filter(s => s !== undefined).join('\n\n')
}

/** One line for the CLI's text output. */
export function bakeLine(r: BakeReport): string {
  const ds = r.distributions
    .map(
      d =>
        `${d.distributionId} ${d.bake.requests} requests, 5xx ${percent(d.bake.rate)} (${BASELINES[d.against].label} ${percent(d.baseline.rate)})`
    )
    .join('; ')
  return `bake: ${r.result}${ds ? `: ${ds}` : ''}${r.failure ? ` (${r.failure})` : ''}`
}

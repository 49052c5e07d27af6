/**
 * Wires the steps: inputs -> preflight -> the mode's work -> report. The only place that fails
 * the step; everything it calls returns typed results.
 */
import * as core from '@actions/core'
import { createClients, destroyClients } from './aws/clients.js'
import { formatFailure } from './aws/errors.js'
import { realClock } from './clock.js'
import { type Config, formatInputError, parseConfig } from './config.js'
import { readFunction } from './aws/lambda.js'
import { deploy } from './modes/deploy.js'
import { plan } from './modes/plan.js'
import { rollback } from './modes/rollback.js'
import { emptyOutcome, type Outcome } from './outcome.js'
import { runPreflight } from './preflight.js'
import { formatFinding, type Verdict } from './rules/evaluate.js'
import { writeOutputs, writeSummary } from './report/runner.js'

const today = (): string => new Date().toISOString().slice(0, 10)

function defaultDescription(): string {
  const repo = process.env.GITHUB_REPOSITORY
  const sha = process.env.GITHUB_SHA?.slice(0, 12)
  const runNumber = process.env.GITHUB_RUN_NUMBER
  if (!repo || !sha) return 'Deployed by lambda-edge-deploy'
  return `${repo}@${sha}${runNumber ? ` run ${runNumber}` : ''} (lambda-edge-deploy)`.slice(0, 256)
}

function annotate(v: Verdict, packagePath: string | undefined): void {
  for (const f of v.findings) {
    const props: core.AnnotationProperties = { title: `Lambda@Edge rule ${f.rule}` }
    // Findings about a file in the package are pinned on the package the user gave.
    if (f.file !== undefined && packagePath !== undefined) props.file = packagePath
    if (f.severity === 'error') core.error(formatFinding(f), props)
    else core.warning(formatFinding(f), props)
  }
}

async function execute(cfg: Config): Promise<Outcome> {
  const clients = createClients()
  const ctx = { cfg, clients, clock: realClock }
  try {
    if (cfg.mode === 'rollback') {
      // No package and no new configuration: the rules are checked on the target version instead.
      const fn = await readFunction(clients, cfg.functionName)
      if (!fn.ok) return { ...emptyOutcome('failed'), errors: [formatFailure(fn.error)] }
      return rollback({ ...ctx, fn: fn.value, today: today() })
    }
    const pre = await runPreflight(cfg, clients, today())
    if (!pre.ok) {
      const e = pre.error
      return {
        ...emptyOutcome('failed'),
        errors: [e.kind === 'input' ? `Input "${e.input}" ${e.message}` : formatFailure(e.failure)]
      }
    }
    const { verdict } = pre.value
    annotate(verdict, cfg.packagePath)
    const base = { ...emptyOutcome('failed'), functionArn: pre.value.fn.arn, verdict }
    if (verdict.errors > 0)
      return {
        ...base,
        errors: [
          `Preflight found ${verdict.errors} Lambda@Edge error(s); nothing in AWS was changed.`
        ]
      }
    if (cfg.mode === 'validate') return { ...base, status: 'validated' }
    if (cfg.mode === 'plan') return plan({ ...ctx, preflight: pre.value })
    return deploy({ ...ctx, preflight: pre.value, defaultDescription: defaultDescription() })
  } finally {
    destroyClients(clients)
  }
}

/** A requested rollback that happened is a success; an automatic one means the deploy failed. */
const failed = (cfg: Config, o: Outcome): boolean =>
  o.status === 'failed' || (o.status === 'rolled-back' && cfg.mode !== 'rollback')

export async function run(): Promise<void> {
  const token = core.getInput('github-token')
  if (token) core.setSecret(token)
  const parsed = parseConfig(name => core.getInput(name))
  if (!parsed.ok) {
    for (const e of parsed.error) core.error(formatInputError(e))
    core.setOutput('status', 'failed')
    core.setFailed(`${parsed.error.length} input error(s); nothing in AWS was changed.`)
    return
  }
  const cfg = parsed.value
  let outcome: Outcome
  try {
    outcome = await execute(cfg)
  } catch (e) {
    // A bug or an unexpected SDK throw: still report what we know and fail clearly.
    outcome = {
      ...emptyOutcome('failed'),
      errors: [`Unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`]
    }
  }
  writeOutputs(outcome)
  await writeSummary(cfg, outcome)
  const isFailure = failed(cfg, outcome)
  // setFailed prints the first error itself; print the others beside it.
  for (const e of isFailure ? outcome.errors.slice(1) : outcome.errors) core.error(e)
  if (isFailure) core.setFailed(outcome.errors[0] ?? `Lambda@Edge ${cfg.mode} ${outcome.status}`)
  else
    core.info(
      `Lambda@Edge ${cfg.mode}: ${outcome.status}${outcome.version ? ` (version ${outcome.version})` : ''}`
    )
}

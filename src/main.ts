/**
 * The action's shell: inputs -> the engine -> outputs, job summary, annotations and the PR
 * comment. The only place that fails the step; everything it calls returns typed results.
 */
import * as core from './workflow-commands.js'
import { formatInputError, functionListParser, parseConfig } from './config.js'
import { execute, isFailure } from './engine.js'
import type { Log } from './log.js'
import type { Outcome } from './outcome.js'
import { formatFinding, type Verdict } from './rules/evaluate.js'
import { GitHubReporter } from './report/reporter.js'
import { writeOutputs, writeSummary } from './report/runner.js'
import { cancelOnSignals, identity } from './shell.js'

const actionsLog: Log = {
  info: m => core.info(m),
  warning: m => core.warning(m),
  group: (title, fn) => core.group(title, fn),
  progress: (id, status, ms) => core.info(`${(ms / 1000).toFixed(1)} s: ${id} ${status}`)
}

function defaultDescription(): string {
  const repo = process.env.GITHUB_REPOSITORY
  const sha = process.env.GITHUB_SHA?.slice(0, 12)
  const runNumber = process.env.GITHUB_RUN_NUMBER
  if (!repo || !sha) return 'Deployed by lambda-edge-deploy'
  return `${repo}@${sha}${runNumber ? ` run ${runNumber}` : ''} (lambda-edge-deploy)`.slice(0, 256)
}

function annotate(v: Verdict | undefined, packagePath: string | undefined): void {
  for (const f of v?.findings ?? []) {
    const props: core.AnnotationProperties = { title: `Lambda@Edge rule ${f.rule}` }
    // Findings about a file in the package are pinned on the package the user gave.
    if (f.file !== undefined && packagePath !== undefined) props.file = packagePath
    // A smoke-run finding on one of the user's events is pinned on that event file.
    if (f.eventFile !== undefined) props.file = f.eventFile
    if (f.severity === 'error') core.error(formatFinding(f), props)
    else core.warning(formatFinding(f), props)
  }
}

export async function run(): Promise<void> {
  const token = core.getInput('github-token')
  if (token) core.setSecret(token)
  const parsed = parseConfig(core.getInput, await functionListParser(core.getInput))
  if (!parsed.ok) {
    for (const e of parsed.error) core.error(formatInputError(e))
    core.setOutput('status', 'failed')
    core.setFailed(`${parsed.error.length} input error(s); nothing in AWS was changed.`)
    return
  }
  const cfg = parsed.value
  const reporter = await GitHubReporter.create(cfg)
  await reporter?.started()

  const signal = cancelOnSignals(sig =>
    core.warning(
      `${sig}: the job is being cancelled; stopping the wait and recording what is live.`
    )
  )
  const outcome: Outcome = await execute(cfg, {
    log: actionsLog,
    defaultDescription: defaultDescription(),
    identity: identity(),
    signal
  })

  if (outcome.functionVerdicts)
    outcome.functionVerdicts.forEach((f, i) => annotate(f.verdict, cfg.functions[i]?.packagePath))
  else annotate(outcome.verdict, cfg.packagePath)
  writeOutputs(outcome)
  await Promise.allSettled([writeSummary(cfg, outcome), reporter?.finished(outcome)])
  const failed = isFailure(cfg, outcome)
  // setFailed prints the first error itself; print the others beside it.
  for (const e of failed ? outcome.errors.slice(1) : outcome.errors) core.error(e)
  if (failed) core.setFailed(outcome.errors[0] ?? `Lambda@Edge ${cfg.mode} ${outcome.status}`)
  else
    core.info(
      `Lambda@Edge ${cfg.mode}: ${outcome.status}${outcome.version ? ` (version ${outcome.version})` : ''}`
    )
}

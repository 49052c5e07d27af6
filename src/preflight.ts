/**
 * The preflight shell: read the function and the package, hand the facts to the rule table.
 * Only reads: nothing here changes anything in AWS.
 */
import type { AwsClients } from './aws/clients.js'
import type { AwsFailure } from './aws/errors.js'
import { readFunction, type FunctionState } from './aws/lambda.js'
import type { Config } from './config.js'
import type { OpenedPackage } from './package/facts.js'
import { nodeExport, type ExportVerdict } from './package/exports.js'
import { parseHandler } from './package/handler.js'
import { pythonExport } from './package/python-exports.js'
import { locatePackage, openLocated } from './package/open.js'
import { applyChanges, evaluate, type Verdict } from './rules/evaluate.js'
import type { FunctionFacts } from './rules/facts.js'
import { runtimeFamily } from './rules/runtimes.js'
import { RULES, type HandlerFacts, type RuleContext } from './rules/table.js'
import { err, ok, type Result } from './result.js'
import { runSmoke, type SmokeFacts } from './smoke/smoke.js'
import { loadUserEvents, type UserEvent } from './smoke/user-events.js'

export interface Preflight {
  fn: FunctionState
  /** The function as it will be after the requested configuration changes. */
  effective: FunctionFacts
  pkg?: OpenedPackage
  verdict: Verdict
  /** The handler's answers to CloudFront events, when the smoke run ran. */
  smoke?: SmokeFacts
  /** What the rules saw: modes that read the distributions run the distribution rows on it. */
  ruleContext: RuleContext
}

export type PreflightFailure =
  { kind: 'aws'; failure: AwsFailure } | { kind: 'input'; input: string; message: string }

async function handlerFacts(
  fn: FunctionFacts,
  pkg: OpenedPackage
): Promise<HandlerFacts | undefined> {
  const family = runtimeFamily(fn.runtime)
  if (!fn.handler || !family || pkg.facts.corrupt) return undefined
  const parsed = parseHandler(fn.handler, family)
  if (!parsed.ok)
    return { handler: `${fn.handler} (${parsed.error})`, candidates: [], exportName: '' }
  const { candidates, exportName } = parsed.target
  const names = new Set(
    pkg.facts.entries.filter(e => !e.isDirectory && !e.symlink).map(e => e.name)
  )
  const file = candidates.find(f => names.has(f))
  const facts: HandlerFacts = { handler: fn.handler, candidates, exportName, file }
  if (file) {
    const source = await pkg.readText(file)
    if (source !== undefined) {
      const verdict: ExportVerdict =
        family === 'nodejs'
          ? await nodeExport(source, file, exportName)
          : await pythonExport(source, exportName)
      facts.exportStatus = verdict.status
      facts.exportHow = verdict.how
    }
  }
  return facts
}

const PACKAGE_RULES = new Set(RULES.filter(r => r.subject === 'package').map(r => r.id))

/**
 * The smoke run needs a package that unpacks safely and holds the handler: when a package rule
 * already fails, running it would only repeat that finding (or unpack something unsafe).
 */
async function smokeFacts(
  cfg: Config,
  ctx: RuleContext,
  pkg: OpenedPackage | undefined,
  userEvents: UserEvent[]
): Promise<SmokeFacts | undefined> {
  if (!cfg.smokeTest || !pkg || ctx.handler?.file === undefined) return undefined
  const { findings } = evaluate(ctx)
  if (findings.some(f => f.severity === 'error' && PACKAGE_RULES.has(f.rule))) return undefined
  try {
    return await runSmoke({
      pkg,
      fn: ctx.fn,
      eventType: cfg.eventType,
      includeBody: cfg.includeBody ?? false,
      userEvents
    })
  } catch (e) {
    // The machine, not the handler (a full disk, a temp folder we cannot write): say so, go on.
    const why = e instanceof Error ? e.message : String(e)
    return {
      runtime: ctx.fn.runtime ?? '',
      skipped: { reason: `the smoke run itself failed here: ${why}`, warn: true },
      runs: [],
      elapsedMs: 0
    }
  }
}

export async function runPreflight(
  cfg: Config,
  clients: AwsClients,
  today: string,
  now: number = Date.now()
): Promise<Result<Preflight, PreflightFailure>> {
  // A wrong path is an input error, found before any AWS call; then the package is read side by
  // side with the function, so a large zip's central directory overlaps the AWS round trips.
  const located = cfg.packagePath !== undefined ? await locatePackage(cfg.packagePath) : undefined
  if (located && !located.ok)
    return err({ kind: 'input', input: 'package', message: located.error })
  const events =
    cfg.smokeTest && cfg.testEvents !== undefined
      ? await loadUserEvents(cfg.testEvents, cfg.eventType, cfg.includeBody ?? false)
      : ok([])
  if (!events.ok) return err({ kind: 'input', input: 'test-events', message: events.error })
  const bakes = cfg.mode === 'deploy' && cfg.bake.seconds > 0 && cfg.distributionIds.length > 0
  const [opened, fn, metrics] = await Promise.all([
    located ? openLocated(located) : undefined,
    readFunction(clients, cfg.functionName),
    // The CloudWatch client loads only for a run that bakes (validate's start-up stays light).
    bakes
      ? import('./bake/metrics.js').then(m =>
          m.probeMetrics(clients, cfg.distributionIds[0]!, cfg.bake.periodSeconds, now)
        )
      : undefined
  ])
  if (opened && !opened.ok) return err({ kind: 'input', input: 'package', message: opened.error })
  const pkg = opened?.pkg
  if (!fn.ok) return err({ kind: 'aws', failure: fn.error })
  if (metrics && !metrics.ok) return err({ kind: 'aws', failure: metrics.error })
  const effective = applyChanges(fn.value.facts, cfg.changes)
  const handler = pkg ? await handlerFacts(effective, pkg) : undefined
  const ruleContext: RuleContext = {
    eventType: cfg.eventType,
    includeBody: cfg.includeBody ?? false,
    functionInput: cfg.functionName,
    fn: effective,
    pkg: pkg?.facts,
    handler,
    today
  }
  const smoke = await smokeFacts(cfg, ruleContext, pkg, events.value)
  const withSmoke = { ...ruleContext, smoke }
  return ok({
    fn: fn.value,
    effective,
    pkg,
    verdict: evaluate(withSmoke),
    ruleContext: withSmoke,
    ...(smoke ? { smoke } : {})
  })
}

#!/usr/bin/env node
/**
 * The CLI shell: `lambda-edge-deploy <command> --flag value ...`, the same engine as the action for
 * GitLab, CircleCI or a laptop. Flags are named like the action's inputs. Credentials come from the
 * standard AWS chain (environment, profiles, SSO), which the SDK resolves by itself.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { formatInputError, functionListParser, parseConfig } from './config.js'
import { execute, executePrune, executeUnlock, isFailure } from './engine.js'
import type { Log } from './log.js'
import type { Outcome } from './outcome.js'
import { formatFinding } from './rules/evaluate.js'
import { outputsOf } from './report/runner.js'
import { renderChanges } from './report/summary.js'
import { renderPlan } from './plan/render.js'
import { cancelOnSignals, identity } from './shell.js'
import { bakeLine } from './report/bake.js'
import { ACTION_VERSION } from './version.js'

const COMMANDS = ['validate', 'plan', 'deploy', 'rollback', 'promote', 'prune', 'unlock'] as const
type Command = (typeof COMMANDS)[number]

/** Exit codes, documented in --help and the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

const INPUT_FLAGS = [
  'functions',
  'function-name',
  'package',
  'distribution-id',
  'event-type',
  'cache-behavior',
  'include-body',
  'runtime',
  'handler',
  'memory-size',
  'timeout',
  'description',
  'wait',
  'wait-timeout-seconds',
  'lock-timeout-seconds',
  'rollback-to',
  'health-check-url',
  'health-check-status',
  'health-check-timeout-seconds',
  'health-check-failures',
  'auto-rollback',
  'prune-keep',
  'smoke-test',
  'test-events',
  'canary',
  'canary-header',
  'canary-stickiness-seconds',
  'canary-promote',
  'bake-seconds',
  'bake-max-5xx-rate',
  'bake-min-requests',
  'bake-period-seconds'
] as const

export const HELP = `lambda-edge-deploy ${ACTION_VERSION}: validate, publish and swap Lambda@Edge functions safely.

Usage: lambda-edge-deploy <command> --function-name NAME [flags]
       lambda-edge-deploy <command> --functions FILE.yml [flags]

Commands:
  validate   check the function and package against every Lambda@Edge rule (no change in AWS)
  plan       validate, then show what a deploy would change on each distribution (no change in AWS)
  deploy     publish a version, re-point the associations (IfMatch), wait until Deployed
  rollback   re-point the associations to --rollback-to (previous | a version number);
             while a canary is live: abort it (disable its continuous deployment policy)
  promote    promote a live canary's staging distribution onto the primary
  prune      delete old versions that nothing uses (--prune-keep N newest are kept; --dry-run lists them)
  unlock     break the function's deploy lock (when the run holding it is gone); says whose it was

Flags (named like the action's inputs):
  --function-name, --function  name or unqualified ARN in us-east-1 (required without --functions)
  --functions FILE.yml         several functions: a YAML list of items with the per-function flags
                               names (function-name, package, event-type, cache-behavior, ...)
  --package PATH               a .zip, or a folder zipped deterministically
  --distribution-id IDS        comma separated distribution ids
  --event-type TYPE            viewer-request | viewer-response | origin-request | origin-response
  --cache-behavior PATTERNS    comma separated path patterns; default: default
  --include-body, --runtime, --handler, --memory-size, --timeout, --description,
  --wait, --wait-timeout-seconds, --lock-timeout-seconds, --rollback-to, --health-check-url,
  --health-check-status, --health-check-timeout-seconds, --health-check-failures, --auto-rollback,
  --prune-keep
  --bake-seconds N             after Deployed, watch 5xxErrorRate/Requests in CloudWatch N s
  --bake-max-5xx-rate, --bake-min-requests, --bake-period-seconds
  --smoke-test true|false      run the handler locally on CloudFront events first (default true)
  --test-events PATH           a JSON event file, a folder of them or a glob, for the smoke run
  --canary (off | header | 5%), --canary-header, --canary-stickiness-seconds, --canary-promote
  --dry-run                    prune: list what would be deleted, delete nothing
  --json                       print the result as JSON on stdout (progress goes to stderr)
  -h, --help                   this help;  --version  the version

Credentials and region: the standard AWS chain (AWS_PROFILE, environment, SSO); the region is always
us-east-1. AWS_ENDPOINT_URL points it at an emulator.

Exit codes: 0 success (deployed, unchanged, validated, planned, rolled back on request, pruned);
1 the work failed (validation errors, AWS refused, automatic rollback); 2 bad command line or input.`

interface Parsed {
  command: Command
  values: Record<string, string | boolean | undefined>
}

function parse(
  argv: string[]
): { ok: true; value: Parsed } | { ok: false; error: string; help?: boolean } {
  const options = Object.fromEntries(INPUT_FLAGS.map(f => [f, { type: 'string' as const }]))
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...options,
        function: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' }
      }
    })
  } catch (e) {
    return { ok: false, error: (e as Error).message }
  }
  if (parsed.values.help) return { ok: false, error: '', help: true }
  const [command, ...rest] = parsed.positionals
  if (!COMMANDS.includes(command as Command))
    return {
      ok: false,
      error: `Unknown command ${JSON.stringify(command ?? '')}: use one of ${COMMANDS.join(', ')}`
    }
  if (rest.length > 0) return { ok: false, error: `Unexpected argument(s): ${rest.join(' ')}` }
  return { ok: true, value: { command: command as Command, values: parsed.values } }
}

/** Plain lines when stderr is not a terminal; one redrawn status line with a spinner when it is. */
function cliLog(tty: boolean): Log {
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']
  const states = new Map<string, string>()
  let frame = 0
  let live = false
  const clearLine = (): void => {
    if (live) process.stderr.write('\r\x1b[2K')
    live = false
  }
  return {
    info: m => {
      clearLine()
      process.stderr.write(`${m}\n`)
    },
    warning: m => {
      clearLine()
      process.stderr.write(`warning: ${m}\n`)
    },
    group: async (title, fn) => {
      clearLine()
      process.stderr.write(`${title}\n`)
      try {
        return await fn()
      } finally {
        clearLine()
      }
    },
    progress: (id, status, ms) => {
      states.set(id, status)
      const line = `${(ms / 1000).toFixed(1)} s  ${[...states].map(([d, s]) => `${d}: ${s}`).join('  ')}`
      if (!tty) return void process.stderr.write(`${line}\n`)
      process.stderr.write(`\r\x1b[2K${frames[frame++ % frames.length]} ${line}`)
      live = true
    }
  }
}

/** What `--json` prints: the outputs, plus the structured parts a script wants. */
function jsonReport(o: Outcome): Record<string, unknown> {
  const outputs = outputsOf(o)
  // Several functions: every finding names its function.
  const findings = o.functionVerdicts
    ? o.functionVerdicts.flatMap(v =>
        v.verdict.findings.map(f => ({ functionName: v.functionName, ...f }))
      )
    : (o.verdict?.findings ?? [])
  return {
    ...outputs,
    versions: JSON.parse(outputs.versions!) as unknown,
    plan: o.plan ?? null,
    changes: o.changes,
    undone: o.undone ?? [],
    errors: o.errors,
    findings,
    pruned: o.pruned ?? null,
    bake: o.bake ?? null,
    timings: o.timings
  }
}

function printText(o: Outcome): void {
  const lines = [`status: ${o.status}`]
  if (o.version) lines.push(`version: ${o.version} (${o.versionArn})`)
  for (const f of o.verdict?.findings ?? []) lines.push(`${f.severity}: ${formatFinding(f)}`)
  for (const v of o.functionVerdicts ?? [])
    for (const f of v.verdict.findings)
      lines.push(`${f.severity}: ${v.functionName} (${v.eventType}): ${formatFinding(f)}`)
  if (o.plan) lines.push(renderPlan(o.plan))
  else if (o.changes.length > 0 || o.undone?.length)
    lines.push(renderChanges(o.undone?.length ? o.undone : o.changes))
  if (o.pruned) {
    const p = o.pruned
    lines.push(
      p.dryRun
        ? `would delete: ${p.wouldDelete.join(', ') || 'nothing'}`
        : `deleted: ${p.deleted.join(', ') || 'nothing'}`
    )
    if (p.skippedReplicated.length)
      lines.push(`skipped, still replicated: ${p.skippedReplicated.join(', ')}`)
    lines.push(`kept: ${p.kept.map(k => `${k.version} (${k.why})`).join(', ') || 'nothing'}`)
  }
  if (o.canary)
    lines.push(
      `canary: ${o.canary.state}; staging ${o.canary.distributions.map(d => `${d.primaryId} -> ${d.stagingId}`).join(', ')}`
    )
  if (o.bake) lines.push(bakeLine(o.bake))
  for (const e of o.errors) lines.push(`error: ${e}`)
  process.stdout.write(`${lines.join('\n')}\n`)
}

export async function main(argv: string[]): Promise<number> {
  // The SDK inside the bundle is fixed at build time: its Node 20 warning, about SDK releases
  // after January 2027 needing Node 22, concerns an upgrade the bundle's users never make (we
  // do). The Node versions this CLI supports are in the README.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  if (argv.includes('--version')) {
    process.stdout.write(`${ACTION_VERSION}\n`)
    return EXIT.ok
  }
  const args = parse(argv)
  if (!args.ok) {
    if (args.help) process.stdout.write(`${HELP}\n`)
    else process.stderr.write(`${args.error}\n\n${HELP}\n`)
    return args.help ? EXIT.ok : EXIT.usage
  }
  const { command, values } = args.value
  const str = (k: string): string => (typeof values[k] === 'string' ? (values[k] as string) : '')
  const getInput = (name: string): string => {
    if (name === 'mode') return command === 'prune' ? 'validate' : command
    if (name === 'function-name') return str('function-name') || str('function')
    return str(name)
  }
  if (command === 'unlock') {
    const cfg = parseConfig(
      name =>
        name === 'event-type' ? 'origin-request' : name === 'mode' ? 'validate' : getInput(name),
      await functionListParser(getInput)
    )
    if (!cfg.ok) return usage(cfg.error.map(formatInputError))
    const r = await executeUnlock(cfg.value.functionName)
    if (!r.ok) process.stderr.write(`error: ${r.error}\n`)
    else process.stdout.write(`${r.value}\n`)
    return r.ok ? EXIT.ok : EXIT.failed
  }
  // --functions names a file; the engine takes the list itself, like the action's input.
  let functionsYaml = ''
  if (str('functions') !== '') {
    try {
      functionsYaml = readFileSync(str('functions'), 'utf8')
    } catch (e) {
      return usage([
        `--functions ${str('functions')}: cannot read the file (${(e as Error).message})`
      ])
    }
  }
  const input = (name: string): string => (name === 'functions' ? functionsYaml : getInput(name))
  const log = cliLog(!values.json && process.stderr.isTTY === true)
  const signal = cancelOnSignals(sig =>
    log.warning(`${sig}: stopping the wait and recording what is live.`)
  )
  let outcome: Outcome
  let failed: boolean
  if (command === 'prune') {
    // Prune needs only the function and how many to keep; the event type does not matter.
    const cfg = parseConfig(
      name => (name === 'event-type' ? 'origin-request' : getInput(name)),
      await functionListParser(getInput)
    )
    if (!cfg.ok) return usage(cfg.error.map(formatInputError))
    if (cfg.value.pruneKeep < 1)
      return usage([
        'Input "prune-keep" is required for prune: give how many of the newest versions to keep (1 or more)'
      ])
    outcome = await executePrune(
      cfg.value.functionName,
      cfg.value.pruneKeep,
      values['dry-run'] === true,
      { log, defaultDescription: '', identity: identity() }
    )
    failed = outcome.status === 'failed'
  } else {
    const cfg = parseConfig(input, await functionListParser(input))
    if (!cfg.ok) return usage(cfg.error.map(formatInputError))
    outcome = await execute(cfg.value, {
      log,
      defaultDescription: `lambda-edge-deploy CLI ${new Date().toISOString()}`,
      identity: identity(),
      signal
    })
    failed = isFailure(cfg.value, outcome)
  }
  if (values.json) process.stdout.write(`${JSON.stringify(jsonReport(outcome), null, 2)}\n`)
  else printText(outcome)
  if (outcome.inputError) return EXIT.usage
  return failed ? EXIT.failed : EXIT.ok
}

function usage(errors: string[]): number {
  process.stderr.write(`${errors.join('\n')}\nRun with --help for the flags.\n`)
  return EXIT.usage
}

process.exitCode = await main(process.argv.slice(2))

/**
 * Every input of action.yml, read once and checked in one place, before any network call.
 * Pure: the runner's `core.getInput` is passed in, so tests feed plain objects.
 */
import {
  DEFAULT_BEHAVIOR,
  EDGE_REGION,
  EVENT_TYPES,
  type EventType,
  MODES,
  type Mode,
  parseFunctionArn
} from './edge.js'
import type { ListIssue, RawFunction } from './functions-input.js'
import { err, ok, type Result } from './result.js'
import { type Canary, CANARY_LIMITS, parseCanary, parseCanaryHeader } from './canary.js'

/** The inputs that describe one function: a `functions` item takes exactly these keys. */
export const PER_FUNCTION_INPUTS = [
  'function-name',
  'package',
  'event-type',
  'cache-behavior',
  'include-body',
  'runtime',
  'handler',
  'memory-size',
  'timeout',
  'description'
] as const
export type PerFunctionInput = (typeof PER_FUNCTION_INPUTS)[number]

/** Parses the `functions` YAML (functions-input.ts). */
export type FunctionListParser = (raw: string) => Result<RawFunction[], ListIssue[]>

/**
 * The `functions` parser when the input is given, else undefined: yaml and valibot are loaded
 * only by the runs that use them, not on every start.
 */
export async function functionListParser(
  getInput: GetInput
): Promise<FunctionListParser | undefined> {
  if (getInput('functions').trim() === '') return undefined
  return (await import('./functions-input.js')).parseFunctionList
}

export interface ConfigChanges {
  runtime?: string
  handler?: string
  memorySize?: number
  timeout?: number
}

/** One function of the run: from the single-function inputs, or one item of `functions`. */
export interface FunctionConfig {
  /** As given: a function name or an unqualified us-east-1 ARN. */
  functionName: string
  packagePath?: string
  eventType: EventType
  cacheBehaviors: string[]
  /** Undefined when not given: false on deploy and plan, each slot's current value on rollback. */
  includeBody?: boolean
  changes: ConfigChanges
  description?: string
}

export interface Config extends FunctionConfig {
  mode: Mode
  /**
   * Every function of the run, in the order given: one item for the single-function inputs. The
   * FunctionConfig fields of Config itself are the first function's.
   */
  functions: FunctionConfig[]
  distributionIds: string[]
  wait: boolean
  waitTimeoutSeconds: number
  /** How long to wait for another deploy of the function to release its lock. */
  lockTimeoutSeconds: number
  rollbackTo: 'previous' | number
  healthCheckUrl?: string
  healthCheckStatus: number
  healthCheckTimeoutSeconds: number
  /** Consecutive wrong statuses that fail the health check before its timeout. */
  healthCheckFailures: number
  autoRollback: boolean
  githubToken?: string
  comment: boolean
  /** Opt-in GitHub Deployment environment name (deploy and rollback). */
  environment?: string
  /** Keep this many newest versions after a deploy and delete unused older ones; 0 = off. */
  pruneKeep: number
  /** Run the handler locally on CloudFront events before anything changes. */
  smokeTest: boolean
  /** A JSON file, a folder or a glob of the user's own events for the smoke run. */
  testEvents?: string
  /** Deploy through a CloudFront staging distribution first (continuous deployment). */
  canary: Canary
  /** Watch CloudFront's metrics after Deployed and the health check; bakeSeconds 0 = off. */
  bake: BakeConfig
}

export interface BakeConfig {
  seconds: number
  /** Percent. */
  max5xxRate: number
  minRequests: number
  periodSeconds: number
}

/** One problem with one input: the input's name, what is wrong, and what to do. */
export interface InputError {
  input: string
  message: string
}

export type GetInput = (name: string) => string

const FUNCTION_NAME_RE = /^[A-Za-z0-9_-]{1,64}$/
// CloudFront distribution ids are upper-case letters and digits (E2QWRUHAPOMQZL).
const DISTRIBUTION_ID_RE = /^[A-Z0-9]{6,32}$/
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

type Parsed<T> = Result<T, string>

/** Comma or newline separated, trimmed, blanks dropped, duplicates dropped in order. */
export function splitList(raw: string): string[] {
  const items = raw
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(s => s !== '')
  return [...new Set(items)]
}

// Only the YAML 1.2 core-schema spellings, like @actions/core's getBooleanInput: a typo must not
// silently mean false.
function parseBoolean(raw: string, fallback: boolean): Parsed<boolean> {
  if (raw === '') return ok(fallback)
  if (TRUE.includes(raw)) return ok(true)
  if (FALSE.includes(raw)) return ok(false)
  return err(`"${raw}" is not a boolean: use true or false`)
}

function parseInteger(raw: string, fallback: number, min: number, max: number): Parsed<number> {
  if (raw === '') return ok(fallback)
  if (!/^\d+$/.test(raw))
    return err(`"${raw}" is not a whole number: use a value from ${min} to ${max}`)
  const n = Number(raw)
  if (n < min || n > max) return err(`${n} is out of range: use a value from ${min} to ${max}`)
  return ok(n)
}

function parseOptionalInteger(raw: string, min: number, max: number): Parsed<number | undefined> {
  return raw === '' ? ok(undefined) : parseInteger(raw, 0, min, max)
}

function parseChoice<T extends string>(
  raw: string,
  choices: readonly T[],
  fallback?: T
): Parsed<T | undefined> {
  if (raw === '') return ok(fallback)
  if ((choices as readonly string[]).includes(raw)) return ok(raw as T)
  return err(`"${raw}" is not one of ${choices.join(', ')}`)
}

function parseFunctionName(raw: string): Parsed<string> {
  if (raw === '') return err('is required: give the function name or its ARN in us-east-1')
  if (raw.startsWith('arn:')) {
    const arn = parseFunctionArn(raw)
    if (!arn)
      return err(
        `"${raw}" is not a Lambda function ARN (arn:aws:lambda:us-east-1:ACCOUNT:function:NAME)`
      )
    // Lambda@Edge exists only in the commercial partition (not aws-cn, aws-us-gov).
    if (arn.partition !== 'aws')
      return err(
        `${raw} is in the ${arn.partition} partition: Lambda@Edge runs only in the aws partition, in ${EDGE_REGION}`
      )
    if (arn.region !== EDGE_REGION)
      return err(
        `${raw} is in ${arn.region}: Lambda@Edge functions must be created in ${EDGE_REGION}`
      )
    if (arn.qualifier !== undefined)
      return err(
        `${raw} names version or alias "${arn.qualifier}": give the unqualified function, the action publishes the version`
      )
    return ok(raw)
  }
  if (!FUNCTION_NAME_RE.test(raw))
    return err(
      `"${raw}" is not a valid function name (letters, digits, - and _, at most 64 characters)`
    )
  return ok(raw)
}

function parseDistributionIds(raw: string): Parsed<string[]> {
  const ids = splitList(raw)
  const bad = ids.filter(id => !DISTRIBUTION_ID_RE.test(id))
  if (bad.length > 0)
    return err(
      `${bad.map(b => JSON.stringify(b)).join(', ')} ${bad.length === 1 ? 'is not a' : 'are not'} CloudFront distribution id${bad.length === 1 ? '' : 's'} (like E2QWRUHAPOMQZL)`
    )
  return ok(ids)
}

function parseCacheBehaviors(raw: string): Parsed<string[]> {
  const items = splitList(raw)
  return ok(items.length === 0 ? [DEFAULT_BEHAVIOR] : items)
}

function parseRollbackTo(raw: string): Parsed<'previous' | number> {
  if (raw === '' || raw === 'previous') return ok('previous')
  if (/^[1-9]\d{0,9}$/.test(raw)) return ok(Number(raw))
  return err(`"${raw}" is neither "previous" nor a version number such as 7`)
}

function parseUrl(raw: string): Parsed<string | undefined> {
  if (raw === '') return ok(undefined)
  try {
    const u = new URL(raw)
    // Credentials in the URL would reach the log, the summary and the PR comment (and fetch refuses them).
    if (u.username || u.password)
      return err('must not contain a user name or password: use a public health URL')
    if (u.protocol === 'http:' || u.protocol === 'https:') return ok(raw)
  } catch {
    // fall through to the error below
  }
  return err(`"${raw}" is not an http(s) URL`)
}

/** A percentage such as 1, 0.5 or 2.25. */
function parsePercent(raw: string, fallback: number): Parsed<number> {
  if (raw === '') return ok(fallback)
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) > 100)
    return err(`"${raw}" is not a percentage: use a number from 0 to 100, such as 1 or 0.5`)
  return ok(Number(raw))
}

/**
 * CloudWatch's MetricStat Period: "1, 5, 10, 20, 30, 60, or any multiple of 60" for high-resolution
 * metrics, multiples of 60 for the regular ones CloudFront publishes (API Reference, MetricStat:
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricStat.html).
 */
function parsePeriod(raw: string): Parsed<number> {
  const n = parseInteger(raw, 60, 1, 86400)
  if (!n.ok) return n
  if ([1, 5, 10, 20, 30].includes(n.value) || n.value % 60 === 0) return n
  return err(
    `${n.value} is not a CloudWatch period: use 60 (CloudFront's granularity) or a multiple of 60; 1, 5, 10, 20 and 30 only serve tests`
  )
}

function parseText(raw: string, max: number): Parsed<string | undefined> {
  if (raw === '') return ok(undefined)
  if (raw.length > max) return err(`is ${raw.length} characters long: at most ${max}`)
  return ok(raw)
}

// Lambda's own pattern for Handler: no whitespace, at most 128 characters. Whether module and
// function are where the runtime looks is the handler rules' job (they know the runtime).
function parseHandlerInput(raw: string): Parsed<string | undefined> {
  if (raw === '') return ok(undefined)
  if (raw.length > 128 || !/^[^\s]+$/.test(raw))
    return err(`"${raw}" is not a handler: use module.function, e.g. index.handler`)
  if (!/^[^.].*\.[^.]+$/.test(raw))
    return err(`"${raw}" is not a handler: use module.function, e.g. index.handler`)
  return ok(raw)
}

const requiredEventType = (raw: string): Parsed<EventType> =>
  raw === ''
    ? err(`is required: use one of ${EVENT_TYPES.join(', ')}`)
    : (parseChoice(raw, EVENT_TYPES) as Parsed<EventType>)

/**
 * One function's inputs, read through `read` and reported under `label` (the input's own name, or
 * `functions[i].name` for an item of the list), with the same parsers either way.
 */
function parseFunction(
  read: (input: PerFunctionInput) => string,
  label: (input: PerFunctionInput) => string,
  errors: InputError[]
): FunctionConfig {
  const take = <T>(input: PerFunctionInput, parse: (raw: string) => Parsed<T>): T => {
    const r = parse(read(input).trim())
    if (!r.ok) errors.push({ input: label(input), message: r.error })
    return (r.ok ? r.value : undefined) as T
  }
  const changes: ConfigChanges = {
    runtime: take('runtime', raw => parseText(raw, 32)),
    handler: take('handler', parseHandlerInput),
    memorySize: take('memory-size', raw => parseOptionalInteger(raw, 128, 10240)),
    timeout: take('timeout', raw => parseOptionalInteger(raw, 1, 900))
  }
  for (const [k, v] of Object.entries(changes))
    if (v === undefined) delete changes[k as keyof ConfigChanges]
  return {
    functionName: take('function-name', parseFunctionName),
    packagePath: take('package', raw => ok(raw === '' ? undefined : raw)),
    eventType: take('event-type', requiredEventType),
    cacheBehaviors: take('cache-behavior', parseCacheBehaviors) ?? [DEFAULT_BEHAVIOR],
    includeBody: take('include-body', (raw): Parsed<boolean | undefined> =>
      raw === '' ? ok(undefined) : parseBoolean(raw, false)
    ),
    changes,
    description: take('description', raw => parseText(raw, 256))
  }
}

/** Two items that would deploy the same function, or fill the same slot: both are named. */
function conflicts(functions: readonly FunctionConfig[]): InputError[] {
  const errors: InputError[] = []
  const seenName = new Map<string, number>()
  const seenSlot = new Map<string, number>()
  const item = (i: number): string => `functions[${i}] (${functions[i]!.functionName})`
  functions.forEach((f, i) => {
    const before = seenName.get(f.functionName)
    if (before !== undefined)
      errors.push({
        input: 'functions',
        message: `${item(before)} and ${item(i)} deploy the same function: give it once, with every cache behavior it serves in its cache-behavior list`
      })
    seenName.set(f.functionName, i)
    for (const b of f.cacheBehaviors) {
      const slot = `${b}\u0000${f.eventType}`
      const holder = seenSlot.get(slot)
      if (holder !== undefined && holder !== i)
        errors.push({
          input: 'functions',
          message: `${item(holder)} and ${item(i)} both claim cache behavior "${b}" on ${f.eventType}: a slot holds one function, so give each its own behavior or event type`
        })
      seenSlot.set(slot, i)
    }
  })
  return errors
}

/**
 * The functions of the run: the single-function inputs, or the `functions` list. The runner passes
 * every default of action.yml, so the per-function inputs have none there: given means non-empty.
 */
function parseFunctions(
  getInput: GetInput,
  errors: InputError[],
  parseList: FunctionListParser | undefined
): FunctionConfig[] {
  const list = getInput('functions').trim()
  if (list === '') return [parseFunction(getInput, input => input, errors)]
  if (parseList === undefined)
    throw new Error('Bug: "functions" is given but its parser was not loaded (functionListParser).')
  const given = PER_FUNCTION_INPUTS.filter(input => getInput(input).trim() !== '')
  if (given.length > 0) {
    errors.push({
      input: 'functions',
      message: `cannot be combined with ${given.map(g => `"${g}"`).join(', ')}: put every function's settings in its item of the list, or drop "functions"`
    })
    return []
  }
  const raw = parseList(list)
  if (!raw.ok) {
    errors.push(...raw.error)
    return []
  }
  const before = errors.length
  const functions = raw.value.map((item: RawFunction, i) =>
    parseFunction(
      input => item[input],
      input => `functions[${i}].${input}`,
      errors
    )
  )
  if (errors.length === before) errors.push(...conflicts(functions))
  return functions
}

/**
 * What a `functions` run does not do in this version: a canary and its promotion serve one
 * function (one staging slot, one policy), and a version number names one function's version.
 */
function severalLimits(
  listed: boolean,
  mode: Mode,
  canary: { kind: string } | undefined,
  rollbackTo: 'previous' | number | undefined
): InputError[] {
  if (!listed) return []
  const errors: InputError[] = []
  if (mode === 'promote')
    errors.push({
      input: 'functions',
      message:
        'cannot be combined with "mode: promote": a canary serves one function, so promote it with one step that gives its function-name, event-type and cache-behavior'
    })
  else if (canary !== undefined && canary.kind !== 'off' && mode === 'deploy')
    errors.push({
      input: 'functions',
      message: `cannot be combined with "canary" (${canary.kind === 'weight' ? 'a weight' : canary.kind}): a canary serves one function; use one step per function for a canary, or set canary: off to deploy them together`
    })
  if (mode === 'rollback' && typeof rollbackTo === 'number')
    errors.push({
      input: 'functions',
      message: `cannot be combined with "rollback-to: ${rollbackTo}": a version number names one function's version; use rollback-to: previous (each function goes back to its own previous good version), or one step per function`
    })
  return errors
}

/** Reads and checks every input; collects all problems rather than stopping at the first. */
export function parseConfig(
  getInput: GetInput,
  parseList?: FunctionListParser
): Result<Config, InputError[]> {
  const errors: InputError[] = []
  const take = <T>(input: string, parse: (raw: string) => Parsed<T>): T => {
    const r = parse(getInput(input).trim())
    if (!r.ok) {
      errors.push({ input, message: r.error })
      return undefined as T
    }
    return r.value
  }

  const mode = take('mode', raw => parseChoice(raw, MODES, 'deploy')) ?? 'deploy'
  const functions = parseFunctions(getInput, errors, parseList)
  const distributionIds = take('distribution-id', parseDistributionIds) ?? []
  const wait = take('wait', raw => parseBoolean(raw, true))
  const waitTimeoutSeconds = take('wait-timeout-seconds', raw => parseInteger(raw, 1800, 1, 86400))
  const lockTimeoutSeconds = take('lock-timeout-seconds', raw => parseInteger(raw, 1800, 0, 86400))
  const rollbackTo = take('rollback-to', parseRollbackTo)
  const healthCheckUrl = take('health-check-url', parseUrl)
  const healthCheckStatus = take('health-check-status', raw => parseInteger(raw, 200, 100, 599))
  const healthCheckTimeoutSeconds = take('health-check-timeout-seconds', raw =>
    parseInteger(raw, 60, 1, 900)
  )
  const healthCheckFailures = take('health-check-failures', raw => parseInteger(raw, 3, 1, 100))
  const autoRollback = take('auto-rollback', raw => parseBoolean(raw, true))
  const githubToken = take('github-token', raw => ok(raw === '' ? undefined : raw))
  const comment = take('comment', raw => parseBoolean(raw, true))
  const environment = take('environment', raw => parseText(raw, 255))
  const pruneKeep = take('prune-keep', raw => parseInteger(raw, 0, 0, 1000))
  const smokeTest = take('smoke-test', raw => parseBoolean(raw, true))
  const testEvents = take('test-events', raw => ok(raw === '' ? undefined : raw))
  const canaryMode = take('canary', parseCanary)
  const canaryHeader = take('canary-header', parseCanaryHeader)
  const { low, high } = CANARY_LIMITS.stickinessSeconds
  const stickiness = take('canary-stickiness-seconds', raw => parseInteger(raw, low, low, high))
  const promote = take('canary-promote', raw =>
    parseChoice(raw, ['auto', 'manual'] as const, 'auto')
  )
  const bake: BakeConfig = {
    seconds: take('bake-seconds', raw => parseInteger(raw, 0, 0, 21600)),
    max5xxRate: take('bake-max-5xx-rate', raw => parsePercent(raw, 1)),
    minRequests: take('bake-min-requests', raw => parseInteger(raw, 100, 1, 1_000_000_000)),
    periodSeconds: take('bake-period-seconds', parsePeriod)
  }

  // Every mode but validate touches distributions.
  if (
    mode !== 'validate' &&
    distributionIds.length === 0 &&
    !errors.some(e => e.input === 'distribution-id')
  )
    errors.push({
      input: 'distribution-id',
      message: `is required in ${mode} mode: give one or more distribution ids`
    })

  // The health check exists to judge the new version, which is live only once Deployed.
  if (healthCheckUrl !== undefined && wait === false)
    errors.push({
      input: 'health-check-url',
      message:
        'needs wait: true: the new version is only live everywhere once the distribution is Deployed'
    })
  if (testEvents !== undefined && smokeTest === false)
    errors.push({
      input: 'test-events',
      message: 'needs smoke-test: true: the events are only used by the smoke run'
    })
  // A canary is judged on staging once it is Deployed there; promotion is the point of waiting.
  if (mode === 'deploy' && canaryMode && canaryMode.kind !== 'off' && wait === false)
    errors.push({
      input: 'canary',
      message:
        'needs wait: true: the staging distribution must be Deployed before the canary is checked'
    })
  // A bake judges the new version's traffic, which is all of it only once Deployed.
  if (bake.seconds > 0 && wait === false)
    errors.push({
      input: 'bake-seconds',
      message: 'needs wait: true: the metrics only describe the new version once it is Deployed'
    })
  if (bake.seconds > 0 && bake.periodSeconds > bake.seconds)
    errors.push({
      input: 'bake-period-seconds',
      message: `is longer than bake-seconds (${bake.seconds}): the bake would never see a closed period; lower it or raise bake-seconds`
    })
  const listed = getInput('functions').trim() !== ''
  errors.push(...severalLimits(listed, mode, canaryMode, rollbackTo))
  if (listed && mode === 'deploy' && pruneKeep > 0)
    errors.push({
      input: 'functions',
      message: `cannot be combined with "prune-keep: ${pruneKeep}" in this version: prune each function with the CLI (lambda-edge-deploy prune --function-name NAME --prune-keep ${pruneKeep}), or deploy it in a step of its own`
    })
  if (errors.length > 0 || functions[0] === undefined) return err(errors)
  return ok({
    mode,
    ...functions[0],
    functions,
    distributionIds,
    wait,
    waitTimeoutSeconds,
    lockTimeoutSeconds,
    rollbackTo,
    healthCheckUrl,
    healthCheckStatus,
    healthCheckTimeoutSeconds,
    healthCheckFailures,
    autoRollback,
    githubToken,
    comment,
    environment,
    pruneKeep,
    smokeTest,
    testEvents,
    canary: {
      ...canaryMode!,
      header: canaryHeader!,
      stickinessSeconds: stickiness,
      promote: promote!
    },
    bake
  })
}

export const formatInputError = (e: InputError): string => `Input "${e.input}" ${e.message}`

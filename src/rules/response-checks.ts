/**
 * The checks behind the `response-...` rows of the rule table: each one looks at every smoke run
 * (one event, one answer) and returns the violations, naming the event file and the field.
 * Undefined means nothing to check (no smoke run, or it could not run here).
 */
import type { EventType } from '../edge.js'
import type { SmokeFacts, SmokeRun } from '../smoke/smoke.js'
import {
  addedDisallowed,
  changedReadOnly,
  headerShapeProblems,
  isBase64,
  responseBytes,
  validStatus
} from './edge-response.js'
import { RESPONSE_LIMITS, URI_LIMITS } from './limits.js'

export interface ResponseContext {
  eventType: EventType
  smoke?: SmokeFacts
  /** The handler module in the package: where a finding on the built-in event is annotated. */
  handlerFile?: string
}

export interface ResponseViolation {
  actual: string
  /** The handler module: findings on the built-in event are about the package. */
  file?: string
  eventFile?: string
  severity?: 'error' | 'warning'
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Modules a Lambda runtime provides though the package leaves them out ("Lambda runtimes":
 * the Node.js 18 and later runtimes include the AWS SDK for JavaScript v3, earlier ones v2; the
 * Python runtimes include the AWS SDK for Python, boto3, with botocore and its dependencies).
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 */
export function providedByRuntime(runtime: string, module: string): boolean {
  const node = /^nodejs(\d+)/.exec(runtime)
  if (node) return Number(node[1]) >= 18 ? module.startsWith('@aws-sdk/') : module === 'aws-sdk'
  return (
    runtime.startsWith('python') &&
    ['boto3', 'botocore', 's3transfer', 'jmespath', 'dateutil', 'urllib3', 'six'].includes(module)
  )
}

type Where = { file: string } | { eventFile: string } | Record<string, never>

function eachRun(
  ctx: ResponseContext,
  check: (run: SmokeRun, where: Where) => ResponseViolation[]
): ResponseViolation[] | undefined {
  if (!ctx.smoke || ctx.smoke.skipped) return undefined
  return ctx.smoke.runs.flatMap(run =>
    check(
      run,
      !run.builtIn
        ? { eventFile: run.eventFile }
        : ctx.handlerFile !== undefined
          ? { file: ctx.handlerFile }
          : {}
    )
  )
}

const v = (run: SmokeRun, where: Where, text: string): ResponseViolation => ({
  actual: `${run.eventFile}: ${text}`,
  ...where
})

/** The answer, when the handler gave one. */
const answerOf = (run: SmokeRun): unknown =>
  run.invocation.outcome.kind === 'returned' ? run.invocation.outcome.value : undefined

const input = (run: SmokeRun): { request: Json; response?: Json } => run.event.Records[0]!.cf

const isRequestEvent = (e: EventType): boolean => e.endsWith('-request')

/** What the answer is: a request, a response, or neither (reported by response-object). */
function kindOf(value: unknown): 'request' | 'response' | undefined {
  if (!isObject(value)) return undefined
  if ('status' in value) return 'response'
  if ('uri' in value || 'method' in value) return 'request'
  return undefined
}

/** The answer and what it replaces in the event (for header comparisons), when it is well-formed. */
function answered(
  run: SmokeRun,
  eventType: EventType
): { value: Json; kind: 'request' | 'response'; before: Json | undefined } | undefined {
  const value = answerOf(run)
  const kind = kindOf(value)
  if (!kind || !isObject(value)) return undefined
  if (!isRequestEvent(eventType) && kind === 'request') return undefined
  const ev = input(run)
  // A response generated on a request event replaces nothing: every header in it is added.
  const before = isRequestEvent(eventType)
    ? kind === 'request'
      ? ev.request
      : undefined
    : ev.response
  return { value, kind, before }
}

export function handlerRuns(ctx: ResponseContext): ResponseViolation[] | undefined {
  if (ctx.smoke?.skipped)
    return ctx.smoke.skipped.warn
      ? [{ actual: `not run: ${ctx.smoke.skipped.reason}`, severity: 'warning' }]
      : undefined
  return eachRun(ctx, (run, where) => {
    const o = run.invocation.outcome
    if (o.kind === 'handler-missing') return [v(run, where, `handler not found: ${o.message}`)]
    if (o.kind === 'module-missing')
      return providedByRuntime(ctx.smoke!.runtime, o.module)
        ? [
            {
              ...v(
                run,
                where,
                `could not run here: ${o.module} is provided by the ${ctx.smoke!.runtime} runtime but not installed for this run (add it as a dev dependency to smoke-test it)`
              ),
              severity: 'warning'
            }
          ]
        : [v(run, where, `${o.module} is not in the package: ${o.message}`)]
    if (o.kind === 'threw' && o.phase === 'init')
      return [v(run, where, `loading the module threw ${o.name}: ${o.message}`)]
    if (o.kind === 'timeout' && o.phase === 'init')
      return [v(run, where, `loading the module took over ${o.limitMs} ms`)]
    return []
  })
}

export function settles(ctx: ResponseContext): ResponseViolation[] | undefined {
  return eachRun(ctx, (run, where) => {
    const o = run.invocation.outcome
    if (o.kind === 'threw' && o.phase !== 'init')
      return [v(run, where, `the handler threw ${o.name}: ${o.message}`)]
    if (o.kind === 'timeout' && o.phase === 'invoke')
      return [v(run, where, `no answer within the function's timeout (${o.limitMs} ms)`)]
    if (o.kind === 'no-answer')
      return [
        v(
          run,
          where,
          o.pendingPromise
            ? "the handler's promise never settles and nothing is left to wait for: Lambda times out"
            : o.syncReturn
              ? 'the handler returned a value without being async and never called the callback: Lambda answers null'
              : 'the handler finished without calling back or resolving a promise: Lambda answers null'
        )
      ]
    if (o.kind === 'crashed') return [v(run, where, `the process died: ${o.message}`)]
    return []
  })
}

export function callbackStyle(ctx: ResponseContext): ResponseViolation[] | undefined {
  return eachRun(ctx, (run, where) =>
    run.invocation.outcome.kind === 'callback-refused'
      ? [
          v(
            run,
            where,
            `the handler takes (event, context, callback) (${run.invocation.outcome.arity} parameters) and is not async; ${ctx.smoke!.runtime} does not call such handlers`
          )
        ]
      : []
  )
}

export function responseObject(ctx: ResponseContext): ResponseViolation[] | undefined {
  return eachRun(ctx, (run, where) => {
    if (run.invocation.outcome.kind !== 'returned') return []
    const value = answerOf(run)
    const kind = kindOf(value)
    const shown = JSON.stringify(value)?.slice(0, 80) ?? 'undefined'
    if (isRequestEvent(ctx.eventType)) {
      return kind
        ? []
        : [
            v(
              run,
              where,
              `answered ${shown}: neither a request (uri, method) nor a response (status)`
            )
          ]
    }
    if (kind === 'response') return []
    return [
      v(
        run,
        where,
        kind === 'request'
          ? 'answered the request object, but a response event must answer the response (Records[0].cf.response)'
          : `answered ${shown}, not a response object with a status`
      )
    ]
  })
}

export function headerShape(ctx: ResponseContext): ResponseViolation[] | undefined {
  return eachRun(ctx, (run, where) => {
    const a = answered(run, ctx.eventType)
    if (!a) return []
    return headerShapeProblems(a.value.headers).map(p => v(run, where, `${a.kind}.${p}`))
  })
}

export function disallowedHeaders(ctx: ResponseContext): ResponseViolation[] | undefined {
  return eachRun(ctx, (run, where) => {
    const a = answered(run, ctx.eventType)
    if (!a) return []
    return addedDisallowed(a.before?.headers, a.value.headers).map(h =>
      v(run, where, `${a.kind}.headers["${h}"] is a disallowed header`)
    )
  })
}

export function readOnlyHeaders(ctx: ResponseContext): ResponseViolation[] | undefined {
  return eachRun(ctx, (run, where) => {
    const a = answered(run, ctx.eventType)
    if (!a) return []
    return changedReadOnly(ctx.eventType, a.before?.headers, a.value.headers).map(h =>
      v(
        run,
        where,
        `${a.kind}.headers["${h}"] is read-only on ${ctx.eventType} and was ${a.before ? 'added, changed or removed' : 'set in a generated response'}`
      )
    )
  })
}

export function status(ctx: ResponseContext): ResponseViolation[] | undefined {
  return eachRun(ctx, (run, where) => {
    const a = answered(run, ctx.eventType)
    if (!a || a.kind !== 'response') return []
    if (!validStatus(a.value.status))
      return [
        v(
          run,
          where,
          `response.status ${JSON.stringify(a.value.status)} is not an HTTP status code`
        )
      ]
    const was = input(run).response?.status
    if (ctx.eventType === 'viewer-response' && String(a.value.status) !== String(was))
      return [
        v(run, where, `response.status changed from ${String(was)} to ${String(a.value.status)}`)
      ]
    return []
  })
}

export function generatedSize(ctx: ResponseContext): ResponseViolation[] | undefined {
  const max = RESPONSE_LIMITS[ctx.eventType].maxGeneratedResponseBytes
  return eachRun(ctx, (run, where) => {
    const a = answered(run, ctx.eventType)
    if (!a || a.kind !== 'response') return []
    const bytes = responseBytes(a.value)
    return bytes > max ? [v(run, where, `the response is ${bytes} bytes (headers + body)`)] : []
  })
}

function requestBody(run: SmokeRun, where: Where, body: unknown, eventType: EventType) {
  if (body === undefined || !isObject(body) || body.action !== 'replace') return []
  const limits = RESPONSE_LIMITS[eventType]
  if (body.encoding !== 'text' && body.encoding !== 'base64')
    return [
      v(
        run,
        where,
        `request.body.encoding ${JSON.stringify(body.encoding)} is neither text nor base64`
      )
    ]
  if (typeof body.data !== 'string') return [v(run, where, 'request.body.data is not a string')]
  if (body.encoding === 'base64' && !isBase64(body.data))
    return [v(run, where, 'request.body.data is not valid base64')]
  const bytes = Buffer.byteLength(body.data)
  const max = body.encoding === 'text' ? limits.maxBodyTextBytes : limits.maxBodyBase64Bytes
  return bytes > max
    ? [v(run, where, `request.body.data is ${bytes} bytes as ${body.encoding} (at most ${max})`)]
    : []
}

export function body(ctx: ResponseContext): ResponseViolation[] | undefined {
  return eachRun(ctx, (run, where) => {
    const a = answered(run, ctx.eventType)
    if (!a) return []
    if (a.kind === 'request') return requestBody(run, where, a.value.body, ctx.eventType)
    const enc = a.value.bodyEncoding
    if (enc !== undefined && enc !== 'text' && enc !== 'base64')
      return [
        v(run, where, `response.bodyEncoding ${JSON.stringify(enc)} is neither text nor base64`)
      ]
    if (a.value.body !== undefined && typeof a.value.body !== 'string')
      return [v(run, where, 'response.body is not a string')]
    // "HTTP No Content Response Contains Body Field": a generated 204 with a body is a 502.
    if (String(a.value.status) === '204' && typeof a.value.body === 'string' && a.value.body !== '')
      return [v(run, where, 'a 204 (No Content) response carries a body')]
    if (enc === 'base64' && typeof a.value.body === 'string' && !isBase64(a.value.body))
      return [v(run, where, 'response.body is not valid base64 although bodyEncoding is base64')]
    return []
  })
}

export function uri(ctx: ResponseContext): ResponseViolation[] | undefined {
  return eachRun(ctx, (run, where) => {
    const a = answered(run, ctx.eventType)
    if (!a || a.kind !== 'request') return []
    const out: ResponseViolation[] = []
    const u = a.value.uri
    const q = a.value.querystring ?? ''
    if (typeof u !== 'string' || !u.startsWith('/'))
      out.push(v(run, where, `request.uri ${JSON.stringify(u)} does not start with /`))
    if (typeof q !== 'string') out.push(v(run, where, 'request.querystring is not a string'))
    else if (/[\s#\p{Cc}]/u.test(q))
      out.push(
        v(
          run,
          where,
          `request.querystring "${q.slice(0, 60)}" holds a space, a control character or #`
        )
      )
    const length = String(u ?? '').length + String(q).length
    if (length >= URI_LIMITS.maxUriAndQueryChars)
      out.push(v(run, where, `request.uri plus querystring is ${length} characters`))
    return out
  })
}

/**
 * What CloudFront accepts back from a Lambda@Edge function, as data, with the page each list
 * comes from. An answer that breaks one of these is a 502 "Lambda validation error" at the edge
 * for every viewer, however well the deploy itself went. The pure checks below judge one answer;
 * the rows of table.ts (ids `response-...`) run them over every smoke run.
 */
import type { EventType } from '../edge.js'

/**
 * "Restrictions on all edge functions", section Disallowed headers:
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html#function-restrictions-disallowed-headers
 * Not exposed to functions; a function that adds one fails CloudFront validation (502).
 */
export const DISALLOWED_HEADERS: readonly string[] = [
  'connection',
  'expect',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'trailer',
  'upgrade',
  'x-accel-buffering',
  'x-accel-charset',
  'x-accel-limit-rate',
  'x-accel-redirect',
  'x-amzn-auth',
  'x-amzn-cf-billing',
  'x-amzn-cf-id',
  'x-amzn-cf-xff',
  'x-amzn-errortype',
  'x-amzn-fle-profile',
  'x-amzn-header-count',
  'x-amzn-header-order',
  'x-amzn-lambda-integration-tag',
  'x-amzn-requestid',
  'x-cache',
  'x-forwarded-proto',
  'x-real-ip',
  // Listed since CloudFront's viewer mTLS: the client certificate headers CloudFront sets itself.
  'cloudfront-viewer-cert-pem',
  'client-cert',
  'client-cert-chain'
]

/** Same page: `X-Amz-Cf-*` and `X-Edge-*`, any suffix. */
export const DISALLOWED_PREFIXES: readonly string[] = ['x-amz-cf-', 'x-edge-']

/**
 * "Restrictions on all edge functions", section Read-only headers: functions can read them but
 * can't add, modify or delete them (502 otherwise).
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html#function-restrictions-read-only-headers
 */
export const READ_ONLY_HEADERS: Readonly<Record<EventType, readonly string[]>> = {
  'viewer-request': ['cdn-loop', 'content-length', 'host', 'transfer-encoding', 'via'],
  'origin-request': [
    'accept-encoding',
    'cdn-loop',
    'content-length',
    'if-modified-since',
    'if-none-match',
    'if-range',
    'if-unmodified-since',
    'transfer-encoding',
    'via'
  ],
  'origin-response': ['transfer-encoding', 'via'],
  'viewer-response': ['content-encoding', 'content-length', 'transfer-encoding', 'warning', 'via']
}

export const SOURCES = {
  restrictionsAll:
    'Restrictions on all edge functions, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html',
  restrictionsLambda:
    'Restrictions on Lambda@Edge, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  eventStructure:
    'Lambda@Edge event structure, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html',
  generating:
    'Generate HTTP responses in request triggers, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html',
  updatingResponses:
    'Update HTTP responses in origin response triggers, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-updating-http-responses.html',
  quotas:
    'Quotas on Lambda@Edge, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge',
  nodeHandler:
    'Define Lambda function handler in Node.js, https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html'
} as const

type Json = unknown
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export function isDisallowed(name: string): boolean {
  const n = name.toLowerCase()
  return DISALLOWED_HEADERS.includes(n) || DISALLOWED_PREFIXES.some(p => n.startsWith(p))
}

/** Header maps as CloudFront wants them: lower-case name -> [{ key?, value }] with key matching. */
export function headerShapeProblems(headers: Json): string[] {
  if (headers === undefined) return []
  if (!isObject(headers)) return ['headers is not an object of lower-case header names']
  const out: string[] = []
  for (const [name, list] of Object.entries(headers)) {
    if (name !== name.toLowerCase()) out.push(`headers["${name}"]: the name must be lower-case`)
    if (!Array.isArray(list)) {
      out.push(`headers["${name}"] is ${JSON.stringify(list)}, not a list of { key, value }`)
      continue
    }
    list.forEach((item: Json, i) => {
      const at = `headers["${name}"][${i}]`
      if (!isObject(item)) out.push(`${at} is not an object { key, value }`)
      else if (typeof item.value !== 'string') out.push(`${at}.value is not a string`)
      else if (item.key !== undefined && String(item.key).toLowerCase() !== name.toLowerCase())
        out.push(`${at}.key "${String(item.key)}" does not match the name "${name}"`)
    })
  }
  return out
}

/** Header name -> its values, for well-shaped maps only (the shape rule reports the rest). */
export function headerValues(headers: Json): Map<string, string[]> {
  const out = new Map<string, string[]>()
  if (!isObject(headers)) return out
  for (const [name, list] of Object.entries(headers))
    if (Array.isArray(list))
      out.set(
        name.toLowerCase(),
        list.map(i => (isObject(i) ? String(i.value) : String(i)))
      )
  return out
}

const sameValues = (a: string[] | undefined, b: string[] | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Disallowed headers in the answer that were not in the event as given. */
export function addedDisallowed(before: Json, after: Json): string[] {
  const was = headerValues(before)
  return [...headerValues(after)]
    .filter(([name, values]) => isDisallowed(name) && !sameValues(was.get(name), values))
    .map(([name]) => name)
}

/** Read-only headers of the event type that the answer added, changed or removed. */
export function changedReadOnly(eventType: EventType, before: Json, after: Json): string[] {
  const was = headerValues(before)
  const now = headerValues(after)
  return READ_ONLY_HEADERS[eventType].filter(name => !sameValues(was.get(name), now.get(name)))
}

/**
 * "The function must return a status value between 200 and 599 (inclusive), otherwise CloudFront
 * returns an error to the viewer" ("Update HTTP responses in origin response triggers"), as a
 * number or a string ("302").
 */
export function validStatus(status: Json): boolean {
  const s = typeof status === 'number' ? String(status) : status
  return typeof s === 'string' && /^[2-5]\d\d$/.test(s)
}

/** Bytes of a response's headers (name: value lines) plus its body as sent. */
export function responseBytes(response: Record<string, Json>): number {
  let bytes = 0
  for (const [name, values] of headerValues(response.headers))
    for (const v of values) bytes += Buffer.byteLength(`${name}: ${v}\r\n`)
  const body = response.body
  if (typeof body === 'string')
    bytes +=
      response.bodyEncoding === 'base64'
        ? Buffer.from(body, 'base64').length
        : Buffer.byteLength(body)
  return bytes
}

export const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/

export const isBase64 = (s: string): boolean => s.length % 4 === 0 && BASE64_RE.test(s)

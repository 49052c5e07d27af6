/**
 * CloudFront events for the smoke run: a built-in one per event type, shaped after the examples of
 * "Lambda@Edge event structure"
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html),
 * and the user's own files filled in for the configured event type. Pure.
 */
import type { EventType } from '../edge.js'
import { err, ok, type Result } from '../result.js'

export type Headers = Record<string, { key?: string; value: string }[]>
export type CfRecord = { cf: { config: Record<string, unknown>; request: any; response?: any } } // eslint-disable-line @typescript-eslint/no-explicit-any
export interface CfEvent {
  Records: CfRecord[]
}

const h = (key: string, value: string): { key: string; value: string }[] => [{ key, value }]

const CONFIG = (eventType: EventType): Record<string, unknown> => ({
  distributionDomainName: 'd111111abcdef8.cloudfront.net',
  distributionId: 'EDFDVBD6EXAMPLE',
  eventType,
  requestId: '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ=='
})

function viewerRequest(includeBody: boolean): Record<string, unknown> {
  return {
    clientIp: '203.0.113.178',
    headers: {
      host: h('Host', 'd111111abcdef8.cloudfront.net'),
      'user-agent': h('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0'),
      accept: h('accept', 'text/html,application/xhtml+xml,*/*;q=0.8'),
      'accept-language': h('Accept-Language', 'en-US,en;q=0.5'),
      cookie: h('Cookie', 'session=abc123')
    },
    method: 'GET',
    querystring: 'page=1',
    uri: '/index.html',
    ...(includeBody
      ? { body: { inputTruncated: false, action: 'read-only', encoding: 'base64', data: '' } }
      : {})
  }
}

function originRequest(includeBody: boolean): Record<string, unknown> {
  const viewer = viewerRequest(includeBody) as { headers: Headers }
  return {
    ...viewer,
    headers: {
      ...viewer.headers,
      host: h('Host', 'example.org'),
      'x-forwarded-for': h('X-Forwarded-For', '203.0.113.178'),
      via: h('Via', '2.0 2afae0d44e2540f472c0635ab62c232b.cloudfront.net (CloudFront)'),
      'user-agent': h('User-Agent', 'Amazon CloudFront')
    },
    origin: {
      custom: {
        customHeaders: {},
        domainName: 'example.org',
        keepaliveTimeout: 5,
        path: '',
        port: 443,
        protocol: 'https',
        readTimeout: 30,
        sslProtocols: ['TLSv1.2']
      }
    }
  }
}

function originResponse(): Record<string, unknown> {
  return {
    headers: {
      'cache-control': h('Cache-Control', 'max-age=3600'),
      'content-type': h('Content-Type', 'text/html; charset=UTF-8'),
      date: h('Date', 'Mon, 13 Jan 2025 20:12:38 GMT'),
      etag: h('ETag', '"d41d8cd98f00b204e9800998ecf8427e"'),
      'last-modified': h('Last-Modified', 'Mon, 13 Jan 2025 20:10:12 GMT'),
      server: h('Server', 'gunicorn/19.9.0')
    },
    status: '200',
    statusDescription: 'OK'
  }
}

function viewerResponse(): Record<string, unknown> {
  const origin = originResponse() as { headers: Headers }
  return {
    ...origin,
    headers: {
      ...origin.headers,
      'content-length': h('Content-Length', '9593'),
      via: h('Via', '1.1 a0c7f1e1f4c8a3f9e2c8d7a5b6c4d3e2.cloudfront.net (CloudFront)'),
      age: h('Age', '2402')
    }
  }
}

/** The built-in event of one event type (request events carry a body only with include-body). */
export function builtInEvent(eventType: EventType, includeBody = false): CfEvent {
  const request = eventType.startsWith('viewer')
    ? viewerRequest(includeBody && eventType === 'viewer-request')
    : originRequest(includeBody && eventType === 'origin-request')
  const response =
    eventType === 'origin-response'
      ? originResponse()
      : eventType === 'viewer-response'
        ? viewerResponse()
        : undefined
  if (eventType.endsWith('-response')) delete (request as { body?: unknown }).body
  return {
    Records: [{ cf: { config: CONFIG(eventType), request, ...(response ? { response } : {}) } }]
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A user's event: a whole CloudFront event is taken as is; a `{ request }` or
 * `{ request, response }` part is laid over the built-in event of the configured type, so a file
 * can hold just the header or the path that matters.
 */
export function fillEvent(
  json: unknown,
  eventType: EventType,
  includeBody = false
): Result<CfEvent, string> {
  if (!isObject(json)) return err('is not a JSON object')
  if ('Records' in json) {
    const cf = Array.isArray(json.Records) && isObject(json.Records[0]) ? json.Records[0].cf : null
    if (!isObject(cf) || !isObject(cf.request))
      return err('has Records but no Records[0].cf.request: give a whole CloudFront event')
    if (eventType.endsWith('-response') && !isObject(cf.response))
      return err(`has no Records[0].cf.response, which a ${eventType} event needs`)
    return ok(json as unknown as CfEvent)
  }
  if (!isObject(json.request) && !isObject(json.response))
    return err('has neither Records (a whole event) nor a request or response part')
  const base = builtInEvent(eventType, includeBody)
  const cf = base.Records[0]!.cf
  if (isObject(json.request)) cf.request = { ...cf.request, ...json.request }
  if (isObject(json.response)) {
    if (!cf.response)
      return err(`has a response part, but ${eventType} events carry a request only`)
    cf.response = { ...cf.response, ...json.response }
  }
  return ok(base)
}

// A fault-injecting HTTP proxy between the action and the emulator (tests only, 127.0.0.1 only).
// It names the AWS operation of every request (Lambda and CloudFront REST routes, IAM's `Action=` form
// field) and, when armed for that operation, answers the next N matching requests with a fault instead of
// (or on top of) the emulator's answer. Error bodies use the exact shapes the AWS SDK v3 parses:
//   - Lambda (restJson1): the code is read from the `x-amzn-errortype` header, then the body's `code`/`__type`;
//   - CloudFront (restXml): `<ErrorResponse><Error><Code>`;
//   - IAM (awsQuery): `<ErrorResponse><Error><Code>` as well.
// Everything else is forwarded untouched (method, path, headers, body), and every request is logged with
// whether it reached the emulator, so a test can count the mutating calls that really happened.
import { createServer, request as httpRequest } from 'node:http'
import { randomUUID } from 'node:crypto'

const LAMBDA = '/2015-03-31/functions'
// [service, method, path regex, operation]; the first match wins, so more specific routes come first.
const ROUTES = [
  ['lambda', 'PUT', /^\/2015-03-31\/functions\/([^/]+)\/code$/, 'UpdateFunctionCode'],
  [
    'lambda',
    'GET',
    /^\/2015-03-31\/functions\/([^/]+)\/configuration$/,
    'GetFunctionConfiguration'
  ],
  [
    'lambda',
    'PUT',
    /^\/2015-03-31\/functions\/([^/]+)\/configuration$/,
    'UpdateFunctionConfiguration'
  ],
  ['lambda', 'POST', /^\/2015-03-31\/functions\/([^/]+)\/versions$/, 'PublishVersion'],
  ['lambda', 'GET', /^\/2015-03-31\/functions\/([^/]+)\/versions$/, 'ListVersionsByFunction'],
  ['lambda', 'POST', /^\/2015-03-31\/functions\/([^/]+)\/aliases$/, 'CreateAlias'],
  ['lambda', 'GET', /^\/2015-03-31\/functions\/([^/]+)\/aliases$/, 'ListAliases'],
  ['lambda', 'GET', /^\/2015-03-31\/functions\/([^/]+)\/aliases\/[^/]+$/, 'GetAlias'],
  ['lambda', 'PUT', /^\/2015-03-31\/functions\/([^/]+)\/aliases\/[^/]+$/, 'UpdateAlias'],
  ['lambda', 'DELETE', /^\/2015-03-31\/functions\/([^/]+)\/aliases\/[^/]+$/, 'DeleteAlias'],
  ['lambda', 'GET', /^\/2015-03-31\/functions\/([^/]+)$/, 'GetFunction'],
  ['lambda', 'DELETE', /^\/2015-03-31\/functions\/([^/]+)$/, 'DeleteFunction'],
  ['lambda', 'POST', /^\/2015-03-31\/functions\/?()$/, 'CreateFunction'],
  ['lambda', 'GET', /^\/2015-03-31\/functions\/?()$/, 'ListFunctions'],
  [
    'lambda',
    'GET',
    /^\/2021-07-20\/functions\/([^/]+)\/runtime-management-config$/,
    'GetRuntimeManagementConfig'
  ],
  ['cloudfront', 'GET', /^\/2020-05-31\/distribution\/([^/]+)\/config$/, 'GetDistributionConfig'],
  ['cloudfront', 'PUT', /^\/2020-05-31\/distribution\/([^/]+)\/config$/, 'UpdateDistribution'],
  ['cloudfront', 'GET', /^\/2020-05-31\/distribution\/([^/]+)$/, 'GetDistribution'],
  ['cloudfront', 'DELETE', /^\/2020-05-31\/distribution\/([^/]+)$/, 'DeleteDistribution'],
  ['cloudfront', 'POST', /^\/2020-05-31\/distribution\/?()$/, 'CreateDistribution'],
  ['cloudfront', 'GET', /^\/2020-05-31\/distribution\/?()$/, 'ListDistributions']
]
const READ_PREFIXES = ['Get', 'List', 'Describe', 'Head']
// What arm() accepts; fault-proxy.d.mts says what each does.
const FAULT_KINDS = new Set([
  'throttle',
  'http500',
  'http503',
  'reset',
  'reset-after',
  'slow',
  'conflict',
  'concurrent-edit',
  'access-denied',
  'no-such-distribution',
  'invalid-association',
  'error',
  'in-progress',
  'hang',
  'revision-moves'
])

/** Service, operation and resource (function name, distribution id, role name) of one request. */
export function identify(method, url, headers, body) {
  const path = url.split('?')[0]
  const scope = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\/aws4_request/.exec(
    headers.authorization ?? ''
  )
  let service = scope?.[1] ?? (path.startsWith(LAMBDA) ? 'lambda' : 'unknown')
  let operation = null
  let resource = null
  if (String(headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    // Query-protocol APIs (IAM, STS) name the operation in the form body.
    const form = new URLSearchParams(body.toString('utf8'))
    operation = form.get('Action')
    resource = form.get('RoleName') ?? form.get('FunctionName') ?? null
  } else {
    for (const [svc, m, re, op] of ROUTES) {
      const match = m === method ? re.exec(path) : null
      if (!match) continue
      service = svc
      operation = op
      resource = match[1] ? decodeURIComponent(match[1]) : null
      break
    }
  }
  const mutating = operation
    ? !READ_PREFIXES.some(p => operation.startsWith(p))
    : !['GET', 'HEAD'].includes(method)
  return { service, operation, resource, mutating }
}

// ------------------------------------------------------------------------------------------------------
// Error answers in each service's wire shape.
// ------------------------------------------------------------------------------------------------------
const XMLNS = {
  cloudfront: 'http://cloudfront.amazonaws.com/doc/2020-05-31/',
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/'
}
const escapeXml = s =>
  s.replace(/[<>&"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c])

function awsError(service, status, code, message, type = status >= 500 ? 'Receiver' : 'Sender') {
  const requestId = randomUUID()
  if (service === 'lambda') {
    // Lambda: the code travels in x-amzn-errortype; the body has Type and message.
    return {
      status,
      headers: {
        'content-type': 'application/json',
        'x-amzn-errortype': code,
        'x-amzn-requestid': requestId
      },
      body: JSON.stringify({ Type: type === 'Sender' ? 'User' : 'Service', message })
    }
  }
  const xmlns = XMLNS[service] ? ` xmlns="${XMLNS[service]}"` : ''
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body:
      `<?xml version="1.0"?>\n<ErrorResponse${xmlns}><Error><Type>${type}</Type>` +
      `<Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>` +
      `<RequestId>${requestId}</RequestId></ErrorResponse>`
  }
}

const ACCOUNT = '123456789012'
const PRINCIPAL = `arn:aws:sts::${ACCOUNT}:assumed-role/edge-deployer/GitHubActions`
const SERVICE_PREFIX = { lambda: 'lambda', cloudfront: 'cloudfront', iam: 'iam' }

function resourceArn(service, resource) {
  if (service === 'lambda') return `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${resource}`
  if (service === 'cloudfront') return `arn:aws:cloudfront::${ACCOUNT}:distribution/${resource}`
  if (service === 'iam') return `arn:aws:iam::${ACCOUNT}:role/${resource}`
  return String(resource)
}

/** The canned answer of a fault that answers instead of the emulator; undefined for the others. */
function cannedAnswer(fault, op) {
  const { service, operation, resource } = op
  switch (fault.kind) {
    case 'throttle':
      return service === 'lambda'
        ? awsError('lambda', 429, 'TooManyRequestsException', 'Rate exceeded')
        : awsError(service, 400, 'Throttling', 'Rate exceeded')
    case 'http500':
      return service === 'lambda'
        ? awsError('lambda', 500, 'ServiceException', 'An internal error occurred.')
        : awsError(
            service,
            500,
            service === 'iam' ? 'ServiceFailure' : 'InternalError',
            'We encountered an internal error. Please try again.'
          )
    case 'http503':
      return awsError(
        service,
        503,
        service === 'lambda' ? 'ServiceUnavailableException' : 'ServiceUnavailable',
        'Service is unavailable. Please try again later.'
      )
    case 'conflict':
      return awsError(
        'lambda',
        409,
        'ResourceConflictException',
        `The operation cannot be performed at this time. An update is in progress for resource: ${resourceArn('lambda', resource)}`
      )
    case 'access-denied': {
      const action = `${SERVICE_PREFIX[service] ?? service}:${operation}`
      const message = `User: ${PRINCIPAL} is not authorized to perform: ${action} on resource: ${resourceArn(service, resource)} because no identity-based policy allows the ${action} action`
      return service === 'lambda'
        ? awsError('lambda', 403, 'AccessDeniedException', message)
        : awsError(service, 403, 'AccessDenied', message)
    }
    case 'no-such-distribution':
      return awsError(
        'cloudfront',
        404,
        'NoSuchDistribution',
        'The specified distribution does not exist.'
      )
    case 'invalid-association':
      return awsError(
        'cloudfront',
        400,
        'InvalidLambdaFunctionAssociation',
        fault.message ??
          'The function execution role must be assumable with edgelambda.amazonaws.com as well as lambda.amazonaws.com principals. Update the IAM role and try again.'
      )
    case 'error':
      return awsError(service, fault.status, fault.code, fault.message ?? fault.code)
    default:
      return undefined
  }
}

/** The RevisionId a Lambda write is guarded by, if any. */
function revisionIn(body) {
  try {
    return JSON.parse(body.toString('utf8') || '{}').RevisionId ?? undefined
  } catch {
    return undefined
  }
}

/**
 * Lambda gives a function a new RevisionId when it finishes applying an update, so the one in the
 * update's own answer is stale by then (aws/aws-sdk#377). The emulator gives the function its new
 * RevisionId (and enforces it); the proxy replaces the one in the update's answer with a stale one
 * (`stale`), which it refuses as Lambda would. Later reads of $LATEST pass through with the real one.
 */
function supersede(answer, op, revisions) {
  if (answer.status >= 300) return answer
  const doc = JSON.parse(answer.body.toString('utf8'))
  doc.RevisionId = randomUUID()
  revisions.stale.add(doc.RevisionId)
  return { ...answer, body: Buffer.from(JSON.stringify(doc)) }
}

/** A read of $LATEST reports the revision the function has now (see supersede). */
function withRevision(answer, current) {
  if (answer.status >= 300) return answer
  const doc = JSON.parse(answer.body.toString('utf8'))
  ;(doc.Configuration ?? doc).RevisionId = current
  return { ...answer, body: Buffer.from(JSON.stringify(doc)) }
}

/**
 * Lambda's answer as it looks while a change is still being applied: moto finishes every update at
 * once, AWS takes seconds. Makes the action's waiters (waitUntilFunctionUpdatedV2 after an update,
 * waitUntilPublishedVersionActive after PublishVersion) poll again.
 */
function inProgress(answer) {
  if (answer.status >= 300) return answer
  const doc = JSON.parse(answer.body.toString('utf8'))
  const config = doc.Configuration ?? doc
  config.LastUpdateStatus = 'InProgress'
  if (config.State === 'Active') config.State = 'Pending'
  return { ...answer, body: Buffer.from(JSON.stringify(doc)) }
}

// ------------------------------------------------------------------------------------------------------
// The proxy.
// ------------------------------------------------------------------------------------------------------
const readBody = req =>
  new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Start a proxy in front of `target` (an emulator, or anything with `endpoint` and `env`).
 * @param {{ endpoint: string, env?: Record<string, string> }} target
 */
export async function startFaultProxy(target) {
  const upstream = new URL(target.endpoint)
  /** @type {Array<{operation: string, fault: object, times: number, skip: number, resource?: string, seen: number, injected: number}>} */
  let armed = []
  let log = []
  let edits = []
  const hanging = new Set()
  // Function revisions from a `revision-moves` fault on (see supersede).
  const revisions = { stale: new Set(), current: new Map() }
  let injectedTotal = 0

  const forward = (req, body) =>
    new Promise((resolve, reject) => {
      const out = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers
        },
        res => {
          const chunks = []
          res.on('data', c => chunks.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) })
          )
          res.on('error', reject)
        }
      )
      out.on('error', reject)
      out.end(body)
    })

  const control = async (path, payload) => {
    const res = await fetch(new URL(path, upstream), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload)
    })
    if (!res.ok) throw new Error(`POST ${path} -> ${res.status}: ${await res.text()}`)
  }

  /**
   * The armed fault this request meets, if any (and uses it up). Every arm counts the requests it
   * matches, whether or not another arm answered them, so `skip` always means "the Nth call".
   */
  const take = op => {
    let hit
    for (const a of armed) {
      if (a.operation !== op.operation) continue
      if (a.resource !== undefined && a.resource !== op.resource) continue
      a.seen++
      if (hit || a.seen <= a.skip || a.times <= 0) continue
      a.times--
      a.injected++
      hit = a
    }
    return hit
  }

  const send = (res, answer) => {
    const body = Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body ?? '')
    const headers = { ...answer.headers }
    // The body is re-sent whole: framing headers from upstream no longer apply.
    delete headers['transfer-encoding']
    delete headers['connection']
    delete headers['keep-alive']
    headers['content-length'] = String(body.length)
    res.writeHead(answer.status, headers)
    res.end(body)
  }

  const handle = async (req, res) => {
    const body = await readBody(req)
    const op = identify(req.method, req.url, req.headers, body)
    const entry = {
      method: req.method,
      path: req.url.split('?')[0],
      ...op,
      fault: null,
      forwarded: false,
      status: null
    }
    log.push(entry)
    if (op.service === 'lambda' && op.mutating && revisions.stale.size > 0) {
      const revision = revisionIn(body)
      if (revision !== undefined && revisions.stale.has(revision)) {
        // What Lambda answers a write guarded by a revision that is no longer the latest.
        const refusal = awsError(
          'lambda',
          412,
          'PreconditionFailedException',
          'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id'
        )
        entry.status = refusal.status
        return send(res, refusal)
      }
    }
    const hit = op.operation ? take(op) : undefined
    const fault = hit?.fault
    if (fault) {
      entry.fault = fault.kind
      injectedTotal++
    }
    const canned = fault ? cannedAnswer(fault, op) : undefined
    if (canned) {
      entry.status = canned.status
      return send(res, canned)
    }
    if (fault?.kind === 'hang') {
      // A connection that died silently: the request is swallowed and nothing ever comes back.
      entry.status = 'hang'
      hanging.add(req.socket)
      return
    }
    if (fault?.kind === 'reset') {
      // The request never reaches AWS: the client sees the connection drop (ECONNRESET).
      entry.status = 'reset'
      return req.socket.destroy()
    }
    if (fault?.kind === 'slow') await sleep(fault.delayMs ?? 1500)
    if (fault?.kind === 'concurrent-edit') {
      // A genuine race: someone else's edit lands in the emulator just before this update does, so
      // the emulator itself answers 412 PreconditionFailed and the edit is there to be kept.
      const comment = `${fault.comment ?? 'edited by someone else'} #${hit.injected}`
      await control(`/_edge/distributions/${op.resource}/edit-before-next-update`, { comment })
      edits.push({ distributionId: op.resource, comment })
    }
    const answer = await forward(req, body)
    entry.forwarded = true
    entry.status = answer.status
    if (fault?.kind === 'reset-after') {
      // AWS did the work, but the answer is lost on the way back.
      entry.status = `reset after ${answer.status}`
      return req.socket.destroy()
    }
    if (fault?.kind === 'revision-moves') return send(res, supersede(answer, op, revisions))
    const current = revisions.current.get(op.resource)
    const readsLatest =
      ['GetFunction', 'GetFunctionConfiguration'].includes(op.operation) &&
      !/[?&]Qualifier=/.test(req.url)
    if (current !== undefined && readsLatest) return send(res, withRevision(answer, current))
    send(res, fault?.kind === 'in-progress' ? inProgress(answer) : answer)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(error => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end(`fault proxy: ${error.message}`)
      } else res.destroy()
    })
  })
  // The SDK keeps connections alive; do not let an idle one hold up stop().
  server.keepAliveTimeout = 2000
  const port = await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server.address().port))
  })
  const endpoint = `http://127.0.0.1:${port}`

  return {
    endpoint,
    port,
    env: { ...(target.env ?? {}), AWS_ENDPOINT_URL: endpoint },
    arm(operation, fault, opts = {}) {
      const spec = typeof fault === 'string' ? { kind: fault } : fault
      if (!FAULT_KINDS.has(spec.kind)) throw new Error(`unknown fault kind ${spec.kind}`)
      const a = {
        operation,
        fault: spec,
        times: opts.times ?? 1,
        skip: opts.skip ?? 0,
        resource: opts.resource,
        seen: 0,
        injected: 0
      }
      armed.push(a)
      return { injected: () => a.injected }
    },
    disarm() {
      armed = []
    },
    reset() {
      armed = []
      log = []
      edits = []
      revisions.stale.clear()
      revisions.current.clear()
    },
    requests: () => log.map(e => ({ ...e })),
    edits: () => edits.map(e => ({ ...e })),
    injected: () => injectedTotal,
    mutatingForwarded: resource =>
      log
        .filter(
          e => e.mutating && e.forwarded && (resource === undefined || e.resource === resource)
        )
        .map(e => e.operation ?? `${e.method} ${e.path}`),
    stop: () =>
      new Promise(resolve => {
        for (const socket of hanging) socket.destroy()
        server.close(() => resolve())
        server.closeAllConnections?.()
      })
  }
}

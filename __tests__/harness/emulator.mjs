// Launches the local AWS emulator (moto + our CloudFront corrections, see edge_moto.py and README.md)
// and offers the few AWS set-up helpers that tests, scripts/demo.mjs and scripts/bench.mjs all need.
// Plain ESM JavaScript so that jest (ts-jest ESM) and plain `node` scripts can both import it.
import childProcess, { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { randomUUID } from 'node:crypto'
import { CloudFrontClient, CreateDistributionCommand } from '@aws-sdk/client-cloudfront'
import { GetDistributionCommand, GetDistributionConfigCommand } from '@aws-sdk/client-cloudfront'
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda'
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { ensurePython } from './python-env.mjs'

const SCRIPT = fileURLToPath(new URL('./edge_moto.py', import.meta.url))
// Generous: on a loaded 2-core machine importing moto alone can take tens of seconds.
const START_TIMEOUT_MS = 90_000
const STOP_GRACE_MS = 5_000
const STDERR_TAIL = 4_000
const REGION = 'us-east-1'

/**
 * Start an emulator on a free port. Resolves once it accepts requests. Without opts.python it runs
 * on the Python ensurePython() finds or makes (and throws its PythonSetupError when it cannot).
 *
 * Inside a jest worker (JEST_WORKER_ID set) an ordinary request (no python, no deploy delay, not
 * opts.fresh) gets the worker's shared emulator instead, reset to a fresh one's state: starting moto
 * costs 2-4 s of CPU, and the test files of one worker run one after another, so they can take turns
 * on one. Its stop() only lets go of it; the emulator ends with the worker (its stdin closes).
 * @param {{ python?: string, deployDelaySeconds?: number, fresh?: boolean }} [opts]
 */
export async function startEmulator(opts = {}) {
  const shareable =
    process.env.JEST_WORKER_ID !== undefined &&
    !opts.fresh &&
    opts.python === undefined &&
    !opts.deployDelaySeconds
  if (shareable) return sharedEmulator()
  const { port, stop } = await launch(opts)
  return handle(port, stop)
}

// jest gives every test file its own module registry and globals, but Node's built-in modules are the
// same objects for all of them: the worker's emulator is kept on one, under a key of ours.
const SHARED = Symbol.for('lambda-edge-deploy.shared-emulator')

async function sharedEmulator() {
  const kept = childProcess[SHARED]
  if (kept && kept.child.exitCode === null && kept.child.signalCode === null) {
    const em = handle(kept.port, async () => {})
    try {
      await em.reset()
      return em
    } catch {
      // It no longer answers: start another below.
    }
  }
  const { child, port } = await launch({})
  childProcess[SHARED] = { child, port }
  return handle(port, async () => {})
}

async function launch(opts) {
  const python = opts.python ?? ensurePython()
  const args = [SCRIPT, '0']
  if (opts.deployDelaySeconds !== undefined) {
    args.push('--deploy-delay', String(opts.deployDelaySeconds))
  }
  // stdin stays open for the emulator's whole life: when this process dies, even by SIGKILL, the pipe
  // closes and the emulator exits on its own.
  const child = spawn(python, args, { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stdin.on('error', () => {}) // EPIPE when the emulator is already gone: nothing to do
  child.stderr.setEncoding('utf8')
  // Always drain stderr (a full pipe would block the emulator) but keep only the tail for error messages.
  child.stderr.on('data', chunk => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL)
  })

  const port = await new Promise((resolve, reject) => {
    let stdout = ''
    let settled = false
    const settle = () => {
      settled = true
      clearTimeout(timer)
      child.off('exit', onEarlyExit)
      child.stdout.off('data', onData)
      child.stdout.resume() // keep draining, in case the emulator ever prints more
    }
    const fail = message => {
      if (settled) return
      settle()
      child.kill('SIGKILL')
      reject(new Error(message))
    }
    const onEarlyExit = code => fail(startFailure(python, code, stderr))
    const onData = chunk => {
      stdout += chunk
      const newline = stdout.indexOf('\n')
      if (newline < 0) return
      let parsed
      try {
        parsed = JSON.parse(stdout.slice(0, newline)).port
      } catch {
        return fail(`AWS emulator printed ${JSON.stringify(stdout)}, not {"port": N}.\n${stderr}`)
      }
      settle()
      resolve(parsed)
    }
    const timer = setTimeout(
      () => fail(`AWS emulator did not start within ${START_TIMEOUT_MS / 1000} s.\n${stderr}`),
      START_TIMEOUT_MS
    )
    // Stays registered: an unhandled 'error' event would crash the parent.
    child.on('error', error =>
      fail(`Cannot run ${python} (${error.message}). Set PYTHON to a Python 3 that has moto.`)
    )
    child.on('exit', onEarlyExit)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', onData)
  })

  // Last resort for a parent that exits without stop(): 'exit' handlers must be synchronous, kill() is.
  const killOnExit = () => child.kill('SIGKILL')
  process.on('exit', killOnExit)
  // Do not keep a script alive just because an emulator is running; stop() or parent exit ends it.
  child.unref()
  for (const stream of [child.stdin, child.stdout, child.stderr]) stream.unref?.()

  let stopping
  const stop = () => {
    stopping ??= new Promise(resolve => {
      process.off('exit', killOnExit)
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
      child.once('exit', () => {
        clearTimeout(force)
        resolve()
      })
      child.stdin.end()
      child.kill('SIGTERM')
    })
    return stopping
  }

  return { child, port, stop }
}

/** What a test holds: the endpoint, the environment for the SDK, and the control endpoints. */
function handle(port, stop) {
  const endpoint = `http://127.0.0.1:${port}`
  const control = async (method, path, body) => {
    const response = await fetch(endpoint + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`)
    return text ? JSON.parse(text) : undefined
  }

  return {
    endpoint,
    port,
    env: {
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: REGION,
      AWS_DEFAULT_REGION: REGION,
      AWS_EC2_METADATA_DISABLED: 'true'
    },
    /** moto's own reset; edge_moto.py hooks it to clear ETags, delays, armed edits and the request log. */
    reset: () => control('POST', '/moto-api/reset').then(() => undefined),
    setDeployDelay: seconds =>
      control('POST', '/_edge/deploy-delay', { seconds }).then(() => undefined),
    markDeployed: id =>
      control('POST', `/_edge/distributions/${id}/deployed`, {}).then(() => undefined),
    editBeforeNextUpdate: (id, comment) =>
      control('POST', `/_edge/distributions/${id}/edit-before-next-update`, { comment }).then(
        () => undefined
      ),
    requests: () => control('GET', '/_edge/requests'),
    clearRequests: () => control('DELETE', '/_edge/requests').then(() => undefined),
    /** CloudFront is done removing replicas: versions no distribution uses become deletable. */
    expireReplicas: () => control('POST', '/_edge/replicas/expire', {}).then(() => undefined),
    state: () => control('GET', '/_edge/state'),
    stop
  }
}

function startFailure(python, code, stderr) {
  if (/No module named/.test(stderr)) {
    return (
      `The AWS emulator needs moto with its server extras in ${python}: unset PYTHON to let the ` +
      `project make its own (.venv-emulator), or run \`${python} -m pip install 'moto[server]'\`.\n${stderr}`
    )
  }
  return `AWS emulator exited with code ${code} before it was ready.\n${stderr}`
}

// ---------------------------------------------------------------------------------------------------
// AWS helpers: SDK v3 clients pointed at an emulator, and the usual Lambda@Edge set-up.
// ---------------------------------------------------------------------------------------------------
const clientCache = new WeakMap()

/** SDK clients for an emulator (cached per emulator). */
export function clients(em) {
  let cached = clientCache.get(em)
  if (!cached) {
    const config = {
      endpoint: em.endpoint,
      region: REGION,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
      // The emulator never throttles; retries would only hide a real failure behind a delay.
      maxAttempts: 1
    }
    cached = {
      lambda: new LambdaClient(config),
      cloudfront: new CloudFrontClient(config),
      iam: new IAMClient(config)
    }
    clientCache.set(em, cached)
  }
  return cached
}

const EDGE_PRINCIPALS = ['lambda.amazonaws.com', 'edgelambda.amazonaws.com']

/** Create an execution role whose trust policy allows the given services; returns its ARN. */
export async function createEdgeRole(em, { name, trust = EDGE_PRINCIPALS } = {}) {
  const policy = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: trust }, Action: 'sts:AssumeRole' }]
  }
  const { Role } = await clients(em).iam.send(
    new CreateRoleCommand({
      RoleName: name ?? `edge-role-${randomUUID().slice(0, 8)}`,
      AssumeRolePolicyDocument: JSON.stringify(policy)
    })
  )
  return Role.Arn
}

/** Create a Lambda function from a zip; extra CreateFunction parameters pass through. Returns its ARN. */
export async function createFunction(em, params) {
  const {
    name,
    zip,
    runtime = 'nodejs20.x',
    handler = 'index.handler',
    memorySize = 128,
    timeout = 5,
    roleArn,
    ...extra
  } = params
  const response = await clients(em).lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: runtime,
      Handler: handler,
      Role: roleArn,
      Code: { ZipFile: zip },
      MemorySize: memorySize,
      Timeout: timeout,
      ...extra
    })
  )
  return response.FunctionArn
}

// Managed policy ids as they exist in every AWS account, so the config looks like a real one.
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6'
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad'
const CORS_S3_ORIGIN = '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf'
const ORIGIN_ID = 's3-site'

const list = items => (items.length ? { Quantity: items.length, Items: items } : { Quantity: 0 })

function lambdaAssociations(associations, cacheBehavior) {
  return list(
    associations
      .filter(a => a.cacheBehavior === cacheBehavior)
      .map(a => ({
        LambdaFunctionARN: a.arn,
        EventType: a.eventType,
        IncludeBody: a.includeBody ?? false
      }))
  )
}

/**
 * Build a realistic DistributionConfig: one S3 origin, a default behavior and one behavior per path
 * pattern, each with ordinary fields set (so tests can check they survive an update), plus the
 * requested Lambda@Edge associations.
 */
export function buildDistributionConfig({
  behaviors = [],
  associations = [],
  comment,
  httpVersion = 'http2and3'
} = {}) {
  for (const a of associations) {
    if (a.cacheBehavior !== 'default' && !behaviors.includes(a.cacheBehavior)) {
      throw new Error(`association names cache behavior ${a.cacheBehavior}, not in ${behaviors}`)
    }
  }
  return {
    CallerReference: `harness-${randomUUID()}`,
    Comment: comment ?? 'lambda-edge-deploy test distribution',
    Enabled: true,
    PriceClass: 'PriceClass_100',
    HttpVersion: httpVersion,
    IsIPV6Enabled: true,
    DefaultRootObject: 'index.html',
    Origins: list([
      {
        Id: ORIGIN_ID,
        DomainName: 'edge-deploy-test-site.s3.us-east-1.amazonaws.com',
        OriginPath: '',
        S3OriginConfig: { OriginAccessIdentity: '' }
      }
    ]),
    DefaultCacheBehavior: {
      TargetOriginId: ORIGIN_ID,
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: CACHING_OPTIMIZED,
      Compress: true,
      AllowedMethods: {
        Quantity: 3,
        Items: ['GET', 'HEAD', 'OPTIONS'],
        CachedMethods: { Quantity: 2, Items: ['GET', 'HEAD'] }
      },
      LambdaFunctionAssociations: lambdaAssociations(associations, 'default'),
      FunctionAssociations: { Quantity: 0 }
    },
    CacheBehaviors: list(
      behaviors.map(pathPattern => ({
        PathPattern: pathPattern,
        TargetOriginId: ORIGIN_ID,
        ViewerProtocolPolicy: 'https-only',
        CachePolicyId: CACHING_DISABLED,
        OriginRequestPolicyId: CORS_S3_ORIGIN,
        Compress: false,
        AllowedMethods: {
          Quantity: 7,
          Items: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'],
          CachedMethods: { Quantity: 2, Items: ['GET', 'HEAD'] }
        },
        LambdaFunctionAssociations: lambdaAssociations(associations, pathPattern),
        FunctionAssociations: { Quantity: 0 }
      }))
    )
  }
}

/** Create a distribution (see buildDistributionConfig); returns {id, etag, arn, domainName}. */
export async function createDistribution(em, opts = {}) {
  const { Distribution, ETag } = await clients(em).cloudfront.send(
    new CreateDistributionCommand({ DistributionConfig: buildDistributionConfig(opts) })
  )
  return {
    id: Distribution.Id,
    etag: ETag,
    arn: Distribution.ARN,
    domainName: Distribution.DomainName
  }
}

/** GetDistributionConfig: the whole config and the ETag an UpdateDistribution must send back. */
export async function getDistributionConfig(em, id) {
  const response = await clients(em).cloudfront.send(new GetDistributionConfigCommand({ Id: id }))
  return { config: response.DistributionConfig, etag: response.ETag }
}

/** 'InProgress' or 'Deployed'. */
export async function getDistributionStatus(em, id) {
  const response = await clients(em).cloudfront.send(new GetDistributionCommand({ Id: id }))
  return response.Distribution.Status
}

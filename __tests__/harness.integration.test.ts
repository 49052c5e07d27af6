// Proves that the local AWS emulator (__tests__/harness) behaves like AWS where moto alone does not:
// associations kept, If-Match enforced, ETag rotated, InProgress for a while, unversioned ARNs refused.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  GetDistributionCommand,
  UpdateDistributionCommand,
  type DistributionConfig
} from '@aws-sdk/client-cloudfront'
import {
  DeleteFunctionCommand,
  GetFunctionCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand
} from '@aws-sdk/client-lambda'
import { GetRoleCommand } from '@aws-sdk/client-iam'
import {
  clients,
  createDistribution,
  createEdgeRole,
  createFunction,
  getDistributionConfig,
  getDistributionStatus,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'

const PYTHON = process.env.PYTHON ?? 'python3'
let em: Emulator

beforeAll(async () => {
  em = await startEmulator()
}, 120_000)

afterAll(async () => {
  await em?.stop()
  await em?.stop() // a second stop is harmless
})

beforeEach(async () => {
  await em.reset()
})

/** A one-file Lambda package, made with the zip CLI or, without it, Python's zipfile. */
function zipOf(source: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'harness-zip-'))
  const file = join(dir, 'index.js')
  const out = join(dir, 'function.zip')
  writeFileSync(file, source)
  try {
    execFileSync('zip', ['-q', '-X', '-j', out, file])
  } catch {
    const script =
      'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w") as z: z.write(sys.argv[2], "index.js")'
    execFileSync(PYTHON, ['-c', script, out, file])
  }
  return readFileSync(out)
}

const HANDLER = 'exports.handler = async event => event.Records[0].cf.request\n'

/** An edge-ready function with one published version; returns its unqualified and version ARNs. */
async function edgeFunction(
  name = 'edge-fn',
  extra: Partial<Parameters<typeof createFunction>[1]> = {}
) {
  const roleArn = extra.roleArn ?? (await createEdgeRole(em))
  const functionArn = await createFunction(em, { name, zip: zipOf(HANDLER), roleArn, ...extra })
  const version = await clients(em).lambda.send(new PublishVersionCommand({ FunctionName: name }))
  return { functionArn, v1: version.FunctionArn as string }
}

function update(id: string, config: DistributionConfig, ifMatch: string | undefined) {
  return clients(em).cloudfront.send(
    new UpdateDistributionCommand({ Id: id, DistributionConfig: config, IfMatch: ifMatch })
  )
}

function behavior(config: DistributionConfig, pathPattern: string) {
  const found = config.CacheBehaviors?.Items?.find(b => b.PathPattern === pathPattern)
  if (!found) throw new Error(`no cache behavior ${pathPattern}`)
  return found
}

describe('Lambda@Edge associations', () => {
  it('round-trips on the default and on path behaviors, and keeps the other fields', async () => {
    const { v1 } = await edgeFunction()
    const dist = await createDistribution(em, {
      behaviors: ['/api/*', '/static/*'],
      associations: [
        { cacheBehavior: 'default', eventType: 'viewer-request', arn: v1 },
        { cacheBehavior: '/api/*', eventType: 'origin-request', arn: v1, includeBody: true },
        { cacheBehavior: '/api/*', eventType: 'viewer-response', arn: v1 }
      ]
    })

    const { config, etag } = await getDistributionConfig(em, dist.id)
    expect(config.DefaultCacheBehavior?.LambdaFunctionAssociations).toEqual({
      Quantity: 1,
      Items: [{ LambdaFunctionARN: v1, EventType: 'viewer-request', IncludeBody: false }]
    })
    const api = behavior(config, '/api/*')
    expect(api.LambdaFunctionAssociations).toEqual({
      Quantity: 2,
      Items: [
        { LambdaFunctionARN: v1, EventType: 'origin-request', IncludeBody: true },
        { LambdaFunctionARN: v1, EventType: 'viewer-response', IncludeBody: false }
      ]
    })
    expect(behavior(config, '/static/*').LambdaFunctionAssociations).toEqual({ Quantity: 0 })
    expect(api).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
      OriginRequestPolicyId: '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf',
      Compress: false,
      AllowedMethods: { Quantity: 7 },
      FunctionAssociations: { Quantity: 0 }
    })

    // GetDistribution carries them too.
    const got = await clients(em).cloudfront.send(new GetDistributionCommand({ Id: dist.id }))
    expect(got.Distribution?.DistributionConfig?.CacheBehaviors).toEqual(config.CacheBehaviors)

    // Swap the default behavior to a new version: the whole config comes back exactly as sent.
    await clients(em).lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: 'edge-fn', ZipFile: zipOf(HANDLER + '//2\n') })
    )
    const v2 = (
      await clients(em).lambda.send(new PublishVersionCommand({ FunctionName: 'edge-fn' }))
    ).FunctionArn as string
    const next = structuredClone(config)
    next.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!.LambdaFunctionARN = v2
    const updated = await update(dist.id, next, etag)
    expect(updated.Distribution?.DistributionConfig).toEqual(next)
    expect((await getDistributionConfig(em, dist.id)).config).toEqual(next)
  })

  it.each([
    ['no version suffix', (fn: string) => fn],
    ['$LATEST', (fn: string) => `${fn}:$LATEST`],
    ['an alias', (fn: string) => `${fn}:live`],
    ['another region', (fn: string) => `${fn.replace('us-east-1', 'eu-west-1')}:1`],
    ['a version that does not exist', (fn: string) => `${fn}:42`]
  ])('refuses %s with InvalidLambdaFunctionAssociation', async (_what, arnOf) => {
    const { functionArn } = await edgeFunction()
    const associations = [
      { cacheBehavior: 'default', eventType: 'viewer-request' as const, arn: arnOf(functionArn) }
    ]
    await expect(createDistribution(em, { associations })).rejects.toMatchObject({
      name: 'InvalidLambdaFunctionAssociation',
      $metadata: { httpStatusCode: 400 }
    })
  })

  it('refuses an unversioned ARN on update and leaves the distribution as it was', async () => {
    const { functionArn, v1 } = await edgeFunction()
    const dist = await createDistribution(em, {
      associations: [{ cacheBehavior: 'default', eventType: 'viewer-request', arn: v1 }]
    })
    const before = await getDistributionConfig(em, dist.id)
    const next = structuredClone(before.config)
    next.DefaultCacheBehavior!.LambdaFunctionAssociations!.Items![0]!.LambdaFunctionARN =
      functionArn
    await expect(update(dist.id, next, before.etag)).rejects.toMatchObject({
      name: 'InvalidLambdaFunctionAssociation',
      message: expect.stringContaining('must reference a specific function version')
    })
    expect(await getDistributionConfig(em, dist.id)).toEqual(before)
  })

  it("applies AWS's checks on the associated function (quotas, variables, role trust)", async () => {
    // One set of quotas for every event type (the current "Quotas on Lambda@Edge" page).
    const slow = await edgeFunction('slow', { memorySize: 128, timeout: 31 })
    const viewer = { cacheBehavior: 'default', eventType: 'viewer-request' as const }
    for (const eventType of ['viewer-request', 'origin-request'] as const)
      await expect(
        createDistribution(em, {
          associations: [{ cacheBehavior: 'default', eventType, arn: slow.v1 }]
        })
      ).rejects.toThrow(/timeout is larger than the maximum allowed .* 31 Max allowed: 30/)
    // 256 MB and 30 s are fine on a viewer event now.
    const roomy = await edgeFunction('roomy', { memorySize: 256, timeout: 30 })
    await expect(
      createDistribution(em, { associations: [{ ...viewer, arn: roomy.v1 }] })
    ).resolves.toHaveProperty('id')

    const withEnv = await edgeFunction('env', { Environment: { Variables: { A: '1' } } })
    await expect(
      createDistribution(em, { associations: [{ ...viewer, arn: withEnv.v1 }] })
    ).rejects.toThrow(/cannot have environment variables/)

    const lambdaOnly = await createEdgeRole(em, { trust: ['lambda.amazonaws.com'] })
    const untrusted = await edgeFunction('untrusted', { roleArn: lambdaOnly })
    await expect(
      createDistribution(em, { associations: [{ ...viewer, arn: untrusted.v1 }] })
    ).rejects.toThrow(/must be assumable with edgelambda.amazonaws.com/)
  })

  it('keeps origin fields moto does not model (S3OriginConfig, OriginAccessControlId)', async () => {
    const dist = await createDistribution(em)
    const { config, etag } = await getDistributionConfig(em, dist.id)
    expect(config.Origins?.Items?.[0]?.S3OriginConfig).toEqual({ OriginAccessIdentity: '' })
    config.Origins!.Items![0]!.OriginAccessControlId = 'E2QWRUHAPOMQZL'
    await update(dist.id, config, etag)
    expect((await getDistributionConfig(em, dist.id)).config.Origins).toEqual(config.Origins)
  })

  it('makes associated versions undeletable, like replicated Lambda@Edge functions', async () => {
    const { functionArn, v1 } = await edgeFunction()
    const dist = await createDistribution(em, {
      associations: [{ cacheBehavior: 'default', eventType: 'viewer-request', arn: v1 }]
    })
    const { lambda } = clients(em)
    const deleteV1 = () => lambda.send(new DeleteFunctionCommand({ FunctionName: v1 }))
    const replicated = {
      name: 'InvalidParameterValueException',
      message: `Lambda was unable to delete ${v1} because it is a replicated function. Please see our documentation for Deleting Lambda@Edge Functions and Replicas.`
    }
    await expect(deleteV1()).rejects.toMatchObject(replicated)
    await expect(
      lambda.send(new DeleteFunctionCommand({ FunctionName: functionArn }))
    ).rejects.toMatchObject(replicated)

    // Removing the association is not enough: replicas linger until CloudFront removes them.
    const { config, etag } = await getDistributionConfig(em, dist.id)
    config.DefaultCacheBehavior!.LambdaFunctionAssociations = { Quantity: 0 }
    await update(dist.id, config, etag)
    await expect(deleteV1()).rejects.toMatchObject(replicated)
    await em.expireReplicas()
    await expect(deleteV1()).resolves.toBeDefined()
  })

  it('refuses a Quantity that does not match Items (InconsistentQuantities)', async () => {
    const { v1 } = await edgeFunction()
    const dist = await createDistribution(em, {
      associations: [{ cacheBehavior: 'default', eventType: 'viewer-request', arn: v1 }]
    })
    const { config, etag } = await getDistributionConfig(em, dist.id)
    config.DefaultCacheBehavior!.LambdaFunctionAssociations!.Quantity = 2
    await expect(update(dist.id, config, etag)).rejects.toMatchObject({
      name: 'InconsistentQuantities',
      $metadata: { httpStatusCode: 400 }
    })
  })
})

describe('If-Match and ETags', () => {
  it('rotates the ETag on every update, as seen by all three operations', async () => {
    const dist = await createDistribution(em)
    const first = await getDistributionConfig(em, dist.id)
    expect(first.etag).toBe(dist.etag)

    const second = await update(dist.id, first.config, first.etag)
    expect(second.ETag).toBeTruthy()
    expect(second.ETag).not.toBe(first.etag)
    expect((await getDistributionConfig(em, dist.id)).etag).toBe(second.ETag)
    const got = await clients(em).cloudfront.send(new GetDistributionCommand({ Id: dist.id }))
    expect(got.ETag).toBe(second.ETag)

    const third = await update(dist.id, first.config, second.ETag)
    expect(new Set([first.etag, second.ETag, third.ETag]).size).toBe(3)
  })

  it('answers a stale If-Match with 412 PreconditionFailed and a missing one with 400', async () => {
    const dist = await createDistribution(em)
    const { config, etag } = await getDistributionConfig(em, dist.id)
    await update(dist.id, config, etag)

    const changed = { ...config, Comment: 'should not land' }
    await expect(update(dist.id, changed, etag)).rejects.toMatchObject({
      name: 'PreconditionFailed',
      $fault: 'client',
      $metadata: { httpStatusCode: 412 }
    })
    await expect(update(dist.id, changed, undefined)).rejects.toMatchObject({
      name: 'InvalidIfMatchVersion',
      $metadata: { httpStatusCode: 400 }
    })
    expect((await getDistributionConfig(em, dist.id)).config.Comment).toBe(config.Comment)
  })

  it('lands an armed concurrent edit between read and write: 412, and the edit is kept', async () => {
    const { v1 } = await edgeFunction()
    const dist = await createDistribution(em, { comment: 'original' })
    const read = await getDistributionConfig(em, dist.id)
    await em.editBeforeNextUpdate(dist.id, 'changed by a colleague')

    const ours = structuredClone(read.config)
    ours.DefaultCacheBehavior!.LambdaFunctionAssociations = {
      Quantity: 1,
      Items: [{ LambdaFunctionARN: v1, EventType: 'viewer-request', IncludeBody: false }]
    }
    await expect(update(dist.id, ours, read.etag)).rejects.toMatchObject({
      name: 'PreconditionFailed'
    })

    // Re-read, re-apply, retry: our change lands on top of theirs.
    const fresh = await getDistributionConfig(em, dist.id)
    expect(fresh.config.Comment).toBe('changed by a colleague')
    expect(fresh.etag).not.toBe(read.etag)
    expect(fresh.config.DefaultCacheBehavior?.LambdaFunctionAssociations).toEqual({ Quantity: 0 })
    fresh.config.DefaultCacheBehavior!.LambdaFunctionAssociations =
      ours.DefaultCacheBehavior!.LambdaFunctionAssociations
    await update(dist.id, fresh.config, fresh.etag)

    const final = await getDistributionConfig(em, dist.id)
    expect(final.config.Comment).toBe('changed by a colleague')
    expect(final.config.DefaultCacheBehavior?.LambdaFunctionAssociations?.Quantity).toBe(1)
    expect((await em.state()).armedEdits).toEqual({}) // one-shot
  })
})

describe('deployment status', () => {
  it('stays InProgress for the configured delay, then turns Deployed', async () => {
    const dist = await createDistribution(em)
    const { config, etag } = await getDistributionConfig(em, dist.id)
    await em.setDeployDelay(1.5)

    const started = Date.now()
    const response = await update(dist.id, config, etag)
    expect(response.Distribution?.Status).toBe('InProgress')
    expect(await getDistributionStatus(em, dist.id)).toBe('InProgress')
    let status = 'InProgress'
    while (status === 'InProgress' && Date.now() - started < 10_000) {
      await new Promise(resolve => setTimeout(resolve, 100))
      status = await getDistributionStatus(em, dist.id)
    }
    expect(status).toBe('Deployed')
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400)
  })

  it('turns Deployed exactly when the test says so', async () => {
    await em.setDeployDelay(600)
    const dist = await createDistribution(em)
    expect(await getDistributionStatus(em, dist.id)).toBe('InProgress')
    await em.markDeployed(dist.id)
    expect(await getDistributionStatus(em, dist.id)).toBe('Deployed')
  })

  it('with no delay, answers the write with InProgress (as AWS does) and the next read Deployed', async () => {
    const dist = await createDistribution(em)
    const { config, etag } = await getDistributionConfig(em, dist.id)
    expect((await update(dist.id, config, etag)).Distribution?.Status).toBe('InProgress')
    expect(await getDistributionStatus(em, dist.id)).toBe('Deployed')
  })
})

describe('request log and reset', () => {
  it('records each AWS operation and whether it changed anything', async () => {
    const { v1 } = await edgeFunction()
    const dist = await createDistribution(em, {
      associations: [{ cacheBehavior: 'default', eventType: 'viewer-request', arn: v1 }]
    })
    await em.clearRequests()

    const { lambda, iam } = clients(em)
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'edge-fn' }))
    await iam.send(new GetRoleCommand({ RoleName: fn.Configuration!.Role!.split('/').pop() }))
    await lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: 'edge-fn', ZipFile: zipOf('//2') })
    )
    await lambda.send(new PublishVersionCommand({ FunctionName: 'edge-fn' }))
    await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'edge-fn' }))
    const { config, etag } = await getDistributionConfig(em, dist.id)
    await update(dist.id, config, etag)
    await getDistributionStatus(em, dist.id)

    const log = await em.requests()
    expect(log.map(r => [r.service, r.operation, r.mutating])).toEqual([
      ['lambda', 'GetFunction', false],
      ['iam', 'GetRole', false],
      ['lambda', 'UpdateFunctionCode', true],
      ['lambda', 'PublishVersion', true],
      ['lambda', 'ListVersionsByFunction', false],
      ['cloudfront', 'GetDistributionConfig', false],
      ['cloudfront', 'UpdateDistribution', true],
      ['cloudfront', 'GetDistribution', false]
    ])
    expect(log[6]).toMatchObject({
      method: 'PUT',
      path: `/2020-05-31/distribution/${dist.id}/config`,
      status: 200
    })

    await em.clearRequests()
    expect(await em.requests()).toEqual([])
  })

  it('reset clears resources, ETags, delays, armed edits and the log', async () => {
    await edgeFunction()
    const dist = await createDistribution(em)
    await em.setDeployDelay(7)
    await em.editBeforeNextUpdate(dist.id, 'pending')
    expect((await em.state()).requestCount).toBeGreaterThan(0)

    await em.reset()
    expect(await em.state()).toEqual({
      deployDelaySeconds: 0,
      armedEdits: {},
      replicas: [],
      requestCount: 0
    })
    await expect(getDistributionConfig(em, dist.id)).rejects.toMatchObject({
      name: 'NoSuchDistribution'
    })
    await expect(
      clients(em).lambda.send(new GetFunctionCommand({ FunctionName: 'edge-fn' }))
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
    // The default delay (0) is back: a new distribution is Deployed on its first read.
    const fresh = await createDistribution(em)
    expect(await getDistributionStatus(em, fresh.id)).toBe('Deployed')
  })
})

describe('startEmulator', () => {
  it('explains how to install moto when the Python lacks it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harness-py-'))
    const fake = join(dir, 'python-without-moto')
    writeFileSync(
      fake,
      '#!/bin/sh\necho "ModuleNotFoundError: No module named \'moto\'" >&2\nexit 1\n'
    )
    chmodSync(fake, 0o755)
    await expect(startEmulator({ python: fake })).rejects.toThrow(/pip install 'moto\[server\]'/)
  })

  it('names the Python it could not run', async () => {
    await expect(startEmulator({ python: '/nonexistent/python3' })).rejects.toThrow(
      /Cannot run \/nonexistent\/python3/
    )
  })

  it('gives an environment that points the SDK at the emulator', () => {
    expect(em.env).toEqual({
      AWS_ENDPOINT_URL: em.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true'
    })
    expect(em.endpoint).toBe(`http://127.0.0.1:${em.port}`)
  })
})

/**
 * What only the bundle proves for canaries: `node dist/index.js` with the new inputs, the outputs
 * (status, staging-distribution-id), the job summary, and the exit code of a refusal.
 */
import { createServer, type Server } from 'node:http'
import { getDistributionConfig, startEmulator, type Emulator } from './harness/emulator.mjs'
import { createDistribution } from './harness/emulator.mjs'
import { runAction } from './helpers/run-action.js'
import { edgeFunction, handlerFolder, mutatingCalls, publishVersion } from './helpers/world.js'

let em: Emulator
beforeAll(async () => {
  em = await startEmulator()
}, 60_000)
afterAll(async () => em?.stop())
beforeEach(async () => em.reset())

async function site(httpVersion: 'http2' | 'http2and3') {
  await edgeFunction(em, 'headers')
  const v1 = await publishVersion(em, 'headers')
  const dist = await createDistribution(em, {
    httpVersion,
    associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
  })
  await em.markDeployed(dist.id)
  return { v1, dist }
}

const inputs = (id: string, extra: Record<string, string>) => ({
  'function-name': 'headers',
  package: handlerFolder(id),
  'distribution-id': id,
  'event-type': 'viewer-response',
  'wait-timeout-seconds': '30',
  comment: 'false',
  ...extra
})

it('canary 10% with manual promotion: status canary, the staging id, the promote step in the summary', async () => {
  const { v1, dist } = await site('http2')
  let withHeader = 0
  const server: Server = createServer((req, res) => {
    if (req.headers['aws-cf-cd-lambda-edge-deploy']) withHeader++
    res.writeHead(200).end()
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  try {
    const r = await runAction(
      inputs(dist.id, {
        canary: '10%',
        'canary-promote': 'manual',
        'health-check-url': `http://127.0.0.1:${port}/`,
        'health-check-timeout-seconds': '5'
      }),
      { ...em.env, GITHUB_RUN_ID: '4242' }
    )
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('canary')
    expect(r.outputs['staging-distribution-id']).toMatch(/^[A-Z0-9]+$/)
    expect(r.outputs['staging-distribution-id']).not.toBe(dist.id)
    expect(withHeader).toBeGreaterThan(0)
    expect(r.summary).toContain('### Canary: live on the staging distributions, promotion pending')
    expect(r.summary).toContain('10% of viewers')
    expect(r.summary).toContain('mode: promote')
    const primary = await getDistributionConfig(em, dist.id)
    expect(
      primary.config.DefaultCacheBehavior?.LambdaFunctionAssociations?.Items?.[0]?.LambdaFunctionARN
    ).toBe(v1)
  } finally {
    await new Promise<void>(r => server.close(() => r()))
  }
}, 120_000)

it('an HTTP/3 primary: exit 1, the reason, zero mutating calls', async () => {
  const { dist } = await site('http2and3')
  await em.clearRequests()
  const r = await runAction(inputs(dist.id, { canary: 'header' }), em.env)
  expect(r.code).toBe(1)
  expect(r.outputs.status).toBe('failed')
  expect(r.stdout).toMatch(/HTTP\/3 enabled \(HttpVersion http2and3\)/)
  expect(await mutatingCalls(em)).toEqual([])
}, 120_000)

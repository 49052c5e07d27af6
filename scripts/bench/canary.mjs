// Measurement "canary": what a canary deploy costs next to a direct deploy of the same function on the
// same distribution (issue 15's closing note). Four `node dist/index.js` runs, one after the other:
// a direct deploy, the first `canary: 10%` (creates the staging distribution and the policy), a
// later `canary: 10%`, and a later `canary: header`; all promote automatically. Counted at the
// emulator: AWS requests by operation, and how many of them change something (`mutating`); from the
// action's log: the waits until Deployed (each a propagation: ~minutes on AWS), timed with the
// emulator's propagation delay at DELAY_S.
import { PublishVersionCommand } from '@aws-sdk/client-lambda'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clients, createDistribution, createFunction } from '../../__tests__/harness/emulator.mjs'
import { runAction, zipOf } from './world.mjs'

const DELAY_S = 2
const EVENT = 'viewer-response'

async function world(ctx, name) {
  const { em } = ctx
  await createFunction(em, {
    name,
    roleArn: ctx.role,
    zip: await zipOf({ 'index.mjs': 'export const handler = async e => e\n' }),
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    memorySize: 128,
    timeout: 5
  })
  const v1 = await clients(em).lambda.send(new PublishVersionCommand({ FunctionName: name }))
  // Continuous deployment refuses HTTP/3 primaries (the emulator's default is http2and3).
  const d = await createDistribution(em, {
    comment: `bench ${name}`,
    httpVersion: 'http2',
    associations: [{ cacheBehavior: 'default', eventType: EVENT, arn: v1.FunctionArn }]
  })
  await em.markDeployed(d.id)
  return d.id
}

async function handlerZip(dir, tag) {
  const path = join(dir, `pkg-canary-${tag}.zip`)
  const code = `// bench build ${tag}\nexport const handler = async e => e.Records[0].cf.response\n`
  writeFileSync(path, await zipOf({ 'index.mjs': code }))
  return path
}

const byOperation = ops =>
  Object.fromEntries([...new Set(ops)].sort().map(op => [op, ops.filter(o => o === op).length]))

/**
 * Returns { delaySeconds, runs: { direct, first, later, header }, problems }, each run
 * { status, wallMs, requests, mutating: [ops in order], byOperation, waits }.
 */
export async function measureCanary(ctx, tag) {
  const { em, tmp } = ctx
  const problems = []
  const name = `bench-canary-${tag}`
  await em.setDeployDelay(DELAY_S)
  const site = await world(ctx, name)
  const once = async (label, extra) => {
    await em.clearRequests()
    const r = await runAction(
      em,
      tmp,
      {
        mode: 'deploy',
        'function-name': name,
        package: await handlerZip(tmp, `${tag}-${label}`),
        'distribution-id': site,
        'event-type': EVENT,
        'wait-timeout-seconds': '600',
        ...extra
      },
      { timeoutMs: 180_000 }
    )
    const reqs = await em.requests()
    const ops = reqs.map(q => q.operation ?? `${q.method} ${q.path}`)
    if (r.outputs.status !== 'deployed')
      problems.push(
        `canary ${label}: ${r.outputs.status}: ${r.stdout
          .split('\n')
          .filter(l => l.startsWith('::error'))
          .join(' | ')}`
      )
    return {
      status: r.outputs.status,
      wallMs: r.wallMs,
      requests: ops.length,
      mutating: reqs.filter(q => q.mutating).map(q => q.operation),
      byOperation: byOperation(ops),
      // One log group per wait until Deployed (src/modes/shared.ts waitUntilDeployed).
      waits: r.stdout.split('\n').filter(l => /^::group::Waiting for .* to be Deployed/.test(l))
        .length
    }
  }
  const runs = {
    direct: await once('direct', {}),
    first: await once('first', { canary: '10%' }),
    later: await once('later', { canary: '10%' }),
    header: await once('header', { canary: 'header' })
  }
  await em.setDeployDelay(0)
  return { delaySeconds: DELAY_S, runs, problems }
}

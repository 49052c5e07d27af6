// Measurement "functions": three functions on one distribution, deployed as three single-function
// steps (three `node dist/index.js` runs, one after the other, as three workflow steps run) versus
// one step with the `functions` input. Counted at the emulator: UpdateDistribution calls; timed:
// wall time of all the steps, with the emulator's propagation delay set to DELAY_S.
import { PublishVersionCommand } from '@aws-sdk/client-lambda'
import { clients, createDistribution, createFunction } from '../../__tests__/harness/emulator.mjs'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, zipOf } from './world.mjs'

const DELAY_S = 3
const FUNCTIONS = [
  ['auth', 'viewer-request'],
  ['rewrite', 'origin-request'],
  ['headers', 'viewer-response']
]

async function world(ctx, prefix) {
  const { em } = ctx
  const zip = await zipOf({ 'index.mjs': 'export const handler = async e => e\n' })
  const fns = []
  for (const [name, eventType] of FUNCTIONS) {
    const fn = `${prefix}-${name}`
    await createFunction(em, {
      name: fn,
      roleArn: ctx.role,
      zip,
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      memorySize: 128,
      timeout: 5
    })
    const v1 = await clients(em).lambda.send(new PublishVersionCommand({ FunctionName: fn }))
    fns.push({ name: fn, eventType, v1: v1.FunctionArn })
  }
  const d = await createDistribution(em, {
    comment: `bench ${prefix}`,
    associations: fns.map(f => ({ cacheBehavior: 'default', eventType: f.eventType, arn: f.v1 }))
  })
  await em.markDeployed(d.id)
  return { fns, site: d.id }
}

/** A handler for any event type (a request event answers with the request), new code per tag. */
async function handlerZip(dir, tag) {
  const path = join(dir, `pkg-fn-${tag}.zip`)
  const code = `// bench build ${tag}\nexport const handler = async e => e.Records[0].cf.response ?? e.Records[0].cf.request\n`
  writeFileSync(path, await zipOf({ 'index.mjs': code }))
  return path
}

const countUpdates = async em =>
  (await em.requests()).filter(r => r.operation === 'UpdateDistribution').length

/** Returns { steps: {wallMs, updates}, list: {wallMs, updates}, problems: [] }. */
export async function measureFunctions(ctx, tag) {
  const { em, tmp } = ctx
  const problems = []
  const base = { mode: 'deploy', wait: 'true', 'wait-timeout-seconds': '600' }
  await em.setDeployDelay(DELAY_S)

  const a = await world(ctx, `steps-${tag}`)
  await em.clearRequests()
  let stepsMs = 0
  for (const f of a.fns) {
    const pkg = await handlerZip(tmp, `${f.name}-${tag}`)
    const r = await runAction(
      em,
      tmp,
      {
        ...base,
        'function-name': f.name,
        package: pkg,
        'distribution-id': a.site,
        'event-type': f.eventType
      },
      { timeoutMs: 120_000 }
    )
    if (r.outputs.status !== 'deployed')
      problems.push(
        `step ${f.name}: ${r.outputs.status}: ${r.stdout
          .split('\n')
          .filter(l => l.startsWith('::error'))
          .join(' | ')}`
      )
    stepsMs += r.wallMs
  }
  const stepsUpdates = await countUpdates(em)

  const b = await world(ctx, `list-${tag}`)
  const items = []
  for (const f of b.fns)
    items.push(
      `- function-name: ${f.name}\n  event-type: ${f.eventType}\n  package: ${await handlerZip(tmp, `${f.name}-${tag}`)}`
    )
  await em.clearRequests()
  const r = await runAction(
    em,
    tmp,
    { ...base, functions: items.join('\n'), 'distribution-id': b.site },
    { timeoutMs: 120_000 }
  )
  if (r.outputs.status !== 'deployed')
    problems.push(
      `functions step: ${r.outputs.status}: ${r.stdout
        .split('\n')
        .filter(l => l.startsWith('::error'))
        .join(' | ')}`
    )
  const listUpdates = await countUpdates(em)
  await em.setDeployDelay(0)
  return {
    delaySeconds: DELAY_S,
    steps: { wallMs: stepsMs, updates: stepsUpdates },
    list: { wallMs: r.wallMs, updates: listUpdates },
    problems
  }
}

#!/usr/bin/env node
// `npm run demo`: the action end to end against the local AWS emulator. It creates a function and a
// distribution with a few cache behaviors, runs the bundled action as the runner would on
// examples/security-headers, and prints the summary and the associations before and after.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PublishVersionCommand } from '@aws-sdk/client-lambda'
import {
  clients,
  createDistribution,
  createEdgeRole,
  createFunction,
  getDistributionConfig,
  startEmulator
} from '../__tests__/harness/emulator.mjs'
import { zipOf } from './bench/world.mjs'

const ROOT = resolve(import.meta.dirname, '..')

function associations(config) {
  const rows = []
  const add = (name, b) => {
    for (const a of b.LambdaFunctionAssociations?.Items ?? [])
      rows.push(
        `  ${name.padEnd(10)} ${a.EventType.padEnd(16)} ${a.LambdaFunctionARN.split(':function:')[1]}`
      )
    if (!b.LambdaFunctionAssociations?.Items?.length) rows.push(`  ${name.padEnd(10)} (none)`)
  }
  add('default', config.DefaultCacheBehavior)
  for (const b of config.CacheBehaviors?.Items ?? []) add(b.PathPattern, b)
  return rows.join('\n')
}

/** GITHUB_OUTPUT holds `name<<DELIMITER`, the value, `DELIMITER` blocks: print them as name: value. */
function outputsOf(text) {
  return [...text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)]
    .map(([, name, , value]) => `  ${name}: ${value}`)
    .join('\n')
}

function runAction(env) {
  return new Promise(res => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'inherit', 'inherit']
    })
    child.on('close', code => res(code ?? 1))
  })
}

const em = await startEmulator({ deployDelaySeconds: 3 })
let code
try {
  console.log(`Local AWS emulator on ${em.endpoint}\n`)
  const role = await createEdgeRole(em, { name: 'edge-demo-role' })
  const fnArn = await createFunction(em, {
    name: 'security-headers',
    roleArn: role,
    zip: await zipOf({
      'index.mjs': 'export const handler = async e => e.Records[0].cf.response\n'
    }),
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    memorySize: 128,
    timeout: 5
  })
  const v1 = await clients(em).lambda.send(
    new PublishVersionCommand({ FunctionName: 'security-headers' })
  )
  await createFunction(em, {
    name: 'api-auth',
    roleArn: role,
    zip: await zipOf({ 'index.mjs': 'export const handler = async e => e.Records[0].cf.request\n' })
  })
  const otherV = await clients(em).lambda.send(
    new PublishVersionCommand({ FunctionName: 'api-auth' })
  )
  const dist = await createDistribution(em, {
    behaviors: ['/api/*', '/static/*'],
    comment: 'demo site',
    associations: [
      { cacheBehavior: 'default', eventType: 'viewer-response', arn: v1.FunctionArn },
      { cacheBehavior: '/api/*', eventType: 'viewer-request', arn: otherV.FunctionArn }
    ]
  })
  await em.markDeployed(dist.id)
  console.log(`Function ${fnArn} (version ${v1.Version} live), distribution ${dist.id}\n`)
  console.log(
    `Associations before:\n${associations((await getDistributionConfig(em, dist.id)).config)}\n`
  )

  const dir = mkdtempSync(join(tmpdir(), 'led-demo-'))
  const summary = join(dir, 'summary.md')
  const output = join(dir, 'output')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  console.log('--- node dist/index.js (as the runner runs it) ---')
  code = await runAction({
    ...process.env,
    ...em.env,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_REPOSITORY: 'octo/edge-site',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_NUMBER: '1',
    // The runner runs node24; on this machine's Node 20 the AWS SDK prints a support notice.
    NODE_NO_WARNINGS: '1',
    'INPUT_FUNCTION-NAME': 'security-headers',
    INPUT_PACKAGE: 'examples/security-headers',
    'INPUT_DISTRIBUTION-ID': dist.id,
    'INPUT_EVENT-TYPE': 'viewer-response',
    'INPUT_CACHE-BEHAVIOR': 'default, /static/*',
    'INPUT_WAIT-TIMEOUT-SECONDS': '120'
  })
  console.log(`--- exit code ${code} ---\n`)
  console.log(
    `Associations after:\n${associations((await getDistributionConfig(em, dist.id)).config)}\n`
  )
  console.log(`Outputs:\n${outputsOf(readFileSync(output, 'utf8'))}\n`)
  console.log(`Job summary:\n${readFileSync(summary, 'utf8')}`)
} finally {
  await em.stop()
}
process.exit(code)

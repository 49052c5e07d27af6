#!/usr/bin/env node
// `npm run demo`: the action end to end against the local AWS emulator. It creates a function and a
// distribution with a few cache behaviors, runs the bundled action as the runner would on
// examples/security-headers, and prints the associations before and after, the step's log, its
// outputs and the job summary as text. It leaves nothing behind (emulator stopped, temp folder gone).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
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
import { parseOutputs, runnerEnv } from '../__tests__/harness/runner.mjs'
import { reportSetupError } from '../__tests__/harness/python-env.mjs'
import { zipOf } from './bench/world.mjs'
import { markdownToText, workflowLogToText } from './demo-text.mjs'

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

/** `node dist/index.js` as the runner starts it; its log is shown as the Actions UI shows it. */
function runAction(env) {
  return new Promise(res => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let pending = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', chunk => {
      const lines = (pending + chunk).split('\n')
      pending = lines.pop()
      for (const line of lines) {
        const text = workflowLogToText(line)
        if (text || !line.startsWith('::')) console.log(`  ${text}`)
      }
    })
    child.on('close', code => {
      if (pending) console.log(`  ${workflowLogToText(pending)}`)
      res(code ?? 1)
    })
  })
}

const indent = text => text.replace(/^(?=.)/gm, '  ')

const em = await startEmulator({ deployDelaySeconds: 3 }).catch(reportSetupError)
const dir = mkdtempSync(join(tmpdir(), 'led-demo-'))
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

  const runner = runnerEnv({
    dir,
    base: process.env,
    inputs: {
      'function-name': 'security-headers',
      package: 'examples/security-headers',
      'distribution-id': dist.id,
      'event-type': 'viewer-response',
      'cache-behavior': 'default, /static/*',
      'wait-timeout-seconds': '120'
    },
    // The runner runs node24; on this machine's Node 20 the AWS SDK prints a support notice.
    env: { ...em.env, GITHUB_RUN_NUMBER: '1', NODE_NO_WARNINGS: '1' }
  })
  console.log("The action's log (node dist/index.js, as the runner runs it):")
  code = await runAction(runner.env)
  console.log(`  (exit code ${code})\n`)
  console.log(
    `Associations after:\n${associations((await getDistributionConfig(em, dist.id)).config)}\n`
  )
  const outputs = parseOutputs(readFileSync(runner.outputFile, 'utf8'))
  const changes = JSON.parse(outputs.changes || '[]')
  console.log(
    `Outputs:\n${Object.entries(outputs)
      .filter(([k]) => k !== 'changes')
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n  changes: ${changes.length} association(s)\n${changes
      .map(c => `    ${c.cacheBehavior} ${c.eventType}: ${c.from ?? 'none'} -> ${c.to ?? 'none'}`)
      .join('\n')}\n`
  )
  console.log(
    `Job summary (Markdown on GitHub, as text here):\n\n${indent(markdownToText(readFileSync(runner.summaryFile, 'utf8')))}\n`
  )
} finally {
  await em.stop()
  rmSync(dir, { recursive: true, force: true })
}
process.exit(code)

/** A small world in the emulator: an edge role, functions, distributions; and what changed since. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PublishVersionCommand } from '@aws-sdk/client-lambda'
import { clients, createEdgeRole, createFunction, type Emulator } from '../harness/emulator.mjs'
import { makeZip, NODE_HANDLER } from './zip.js'

export async function edgeFunction(
  em: Emulator,
  name: string,
  extra: Record<string, unknown> = {}
): Promise<string> {
  const role = await createEdgeRole(em, { name: `${name}-role` })
  return createFunction(em, {
    name,
    roleArn: role,
    zip: await makeZip(NODE_HANDLER),
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    memorySize: 128,
    timeout: 5,
    ...extra
  })
}

export async function publishVersion(em: Emulator, name: string): Promise<string> {
  const v = await clients(em).lambda.send(new PublishVersionCommand({ FunctionName: name }))
  return v.FunctionArn!
}

export function writeTemp(name: string, data: Buffer | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'led-pkg-'))
  const path = join(dir, name)
  writeFileSync(path, data)
  return path
}

export async function mutatingCalls(em: Emulator): Promise<string[]> {
  return (await em.requests())
    .filter(r => r.mutating)
    .map(r => r.operation ?? `${r.method} ${r.path}`)
}

/** A handler folder whose code differs per tag, so each deploy of it publishes a new version. */
export function handlerFolder(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'led-src-'))
  writeFileSync(
    join(dir, 'index.mjs'),
    // The response on response events, the request on request events: what CloudFront accepts.
    `// build ${tag}\nexport const handler = async e => e.Records[0].cf.response ?? e.Records[0].cf.request\n`
  )
  return dir
}

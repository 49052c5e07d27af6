/**
 * The program the child `node` runs: loads the handler the way Lambda's Node.js runtime does
 * (aws-lambda-nodejs-runtime-interface-client, UserFunction: a bare file or `.js` through require
 * unless package.json says "type": "module", then `.js`/`.mjs` through import, `.cjs` through
 * require), invokes it once and writes what happened as JSON lines on fd 3, apart from the
 * handler's own stdout and stderr. Kept as text so the bundle ships it without a side file.
 */
export const NODE_RUNNER = String.raw`
import { createRequire } from 'node:module'
import { existsSync, readFileSync, statSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const cfg = JSON.parse(process.argv[2])
const send = o => writeSync(3, JSON.stringify(o) + '\n')
const isFile = p => { try { return statSync(p).isFile() } catch { return false } }
const req = createRequire(join(cfg.taskRoot, 'index.js'))

function typeModule(file) {
  for (let dir = dirname(file); dir.startsWith(cfg.taskRoot); dir = dirname(dir)) {
    const pj = join(dir, 'package.json')
    if (existsSync(pj)) { try { return JSON.parse(readFileSync(pj, 'utf8')).type === 'module' } catch { return false } }
    if (dir === cfg.taskRoot) break
  }
  return false
}

async function load() {
  const base = join(cfg.taskRoot, cfg.module)
  if (isFile(base)) return req(base)
  const esm = typeModule(base)
  if (!esm && isFile(base + '.js')) return req(base + '.js')
  if (esm && isFile(base + '.js')) return import(pathToFileURL(base + '.js').href)
  if (isFile(base + '.mjs')) return import(pathToFileURL(base + '.mjs').href)
  if (isFile(base + '.cjs')) return req(base + '.cjs')
  return undefined
}

function missingModule(e) {
  if (!e || (e.code !== 'ERR_MODULE_NOT_FOUND' && e.code !== 'MODULE_NOT_FOUND')) return undefined
  const m = /Cannot find (?:package|module) '([^']+)'/.exec(String(e.message))
  if (!m) return undefined
  const spec = m[1]
  if (spec.startsWith('/') || spec.startsWith('.')) return undefined
  const parts = spec.split('/')
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

function describe(e) {
  const missing = missingModule(e)
  if (missing) return { kind: 'module-missing', module: missing, message: String(e.message).split('\n')[0] }
  if (e instanceof Error) return { kind: 'threw', name: e.name, message: e.message, stack: String(e.stack || '').split('\n').slice(0, 6).join('\n') }
  return { kind: 'threw', name: typeof e, message: (() => { try { return JSON.stringify(e) } catch { return String(e) } })() }
}

let done = false
function finish(o) {
  if (done) return
  done = true
  send(o)
  process.exit(0)
}
function answer(value, how) {
  let json
  try { json = JSON.stringify(value === undefined ? null : value) } catch (e) {
    return finish({ kind: 'threw', name: 'Runtime.MarshalError', message: 'the answer is not JSON: ' + e.message })
  }
  finish({ kind: 'returned', value: JSON.parse(json), how })
}

process.on('uncaughtException', e => finish(describe(e)))
process.on('unhandledRejection', e => finish(describe(e)))

let mod
try { mod = await load() } catch (e) { finish({ ...describe(e), phase: 'init' }) }
if (!done && mod === undefined) finish({ kind: 'handler-missing', message: 'no module ' + cfg.module + ' (.js, .mjs, .cjs) in the package' })
let handler = mod
if (!done) {
  for (const step of cfg.propertyPath.split('.')) handler = handler == null ? undefined : handler[step]
  if (typeof handler !== 'function' && mod && mod.default && typeof mod.default === 'object') {
    handler = mod.default
    for (const step of cfg.propertyPath.split('.')) handler = handler == null ? undefined : handler[step]
  }
  if (typeof handler !== 'function')
    finish({ kind: 'handler-missing', message: cfg.module + ' does not export a function ' + cfg.propertyPath })
}
if (!done) {
  const isAsync = handler.constructor && handler.constructor.name === 'AsyncFunction'
  const callbackStyle = handler.length >= 3 && !isAsync
  if (callbackStyle && cfg.refuseCallback) finish({ kind: 'callback-refused', arity: handler.length })
  if (!done) {
    const event = JSON.parse(readFileSync(cfg.eventFile, 'utf8'))
    const deadline = Date.now() + cfg.timeoutMs
    const context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: cfg.functionName,
      functionVersion: cfg.functionVersion,
      invokedFunctionArn: cfg.functionArn,
      memoryLimitInMB: String(cfg.memoryMb),
      awsRequestId: '00000000-0000-4000-8000-000000000000',
      logGroupName: '/aws/lambda/us-east-1.' + cfg.functionName,
      logStreamName: 'smoke',
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      succeed: v => answer(v, 'context.succeed'),
      fail: e => finish(describe(e)),
      done: (e, v) => (e ? finish(describe(e)) : answer(v, 'context.done'))
    }
    const callback = (e, v) => (e ? finish(describe(e)) : answer(v, 'callback'))
    send({ phase: 'invoke', callbackStyle })
    let returned
    try { returned = handler(event, context, callback) } catch (e) { finish(describe(e)) }
    if (!done) {
      const pending = returned && typeof returned.then === 'function'
      // Nothing left to run and no answer: Lambda answers null, or times out on a pending promise.
      process.on('beforeExit', () => finish({ kind: 'no-answer', syncReturn: !pending && returned !== undefined, pendingPromise: !!pending }))
      if (pending) returned.then(v => answer(v, 'promise'), e => finish(describe(e)))
      else if (cfg.awaitsSyncReturn && !callbackStyle) answer(returned, 'return')
    }
  }
}
`

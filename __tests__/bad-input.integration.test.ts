/**
 * Bad input through the action (run() in-process, as the runner would run it) against one
 * emulator. The cases the input parser decides alone are unit tests of src/config.ts
 * (config.bad-input.test.ts); a few of them stay here to prove a refusal makes no AWS call. Every case changes one thing on top of a deploy that would otherwise be a no-op
 * ("unchanged": the live distribution already serves this function's current code), and must end
 * the way a user expects: refused with exit 1, a message that names the input (`Input "memory-size"`)
 * or the rule (`[entry-paths]`), and not one mutating AWS call. Inputs a user would expect to work
 * (stray whitespace, which the action trims) must work. GitHub event oddities are reporting
 * problems: they may warn, never fail a deploy.
 *
 * Cases marked `defect` run as `it.failing`: they document a bug in the action (see the report).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CreateAliasCommand } from '@aws-sdk/client-lambda'
import { CreateDistributionCommand } from '@aws-sdk/client-cloudfront'
import {
  buildDistributionConfig,
  clients,
  createDistribution,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.mjs'
import { runAction, runBundle, type ActionRun } from './helpers/run-action.js'
import { edgeFunction, mutatingCalls, publishVersion } from './helpers/world.js'
import { NODE_HANDLER, craftedZip, hostileZip, makeZip } from './helpers/zip.js'

/** What exists in AWS for every case; rebuilt only if a case changed something. */
interface World {
  /** Serves fn's current code on default/viewer-request; '/api/*' viewer-request is another function's. */
  live: string
  /** Same behaviors, no associations: a deploy there would write. */
  spare: string
  /** Its default behavior runs a CloudFront Function on viewer-request. */
  cloudFrontFunction: string
}

/** Hostile and broken packages, written once. */
type Packages = Record<string, string>

type Expect = 'refused' | 'accepted'

interface Case {
  name: string
  inputs: (w: World, p: Packages) => Record<string, string>
  env?: (w: World, p: Packages) => Record<string, string>
  expect: Expect
  /** What stdout must contain: the input or rule named, or for accepted cases the outcome. */
  says: RegExp
  /** Set when the action gets this wrong today: the case runs as it.failing. */
  defect?: string
  /** Fake GitHub answers every write with this status during the case (403: a fork's read-only token). */
  githubWrites?: number
  /** A reporting problem the user must be told about, as a warning. */
  warns?: RegExp
  /**
   * Run the bundle in its own process: @actions/github parses the event when it loads, and a payload
   * that is not JSON makes that load throw, which only a fresh process shows as the runner would.
   */
  bundle?: boolean
}

const FN = 'fn'
const ACCOUNT = '123456789012'
const input = (name: string): RegExp => new RegExp(`::error::Input "${name}"`)
const rule = (id: string): RegExp =>
  new RegExp(`::error title=Lambda@Edge rule ${id}[:,].*\\[${id}\\]`)
const UNCHANGED = /Lambda@Edge deploy: unchanged/

const refused = (
  name: string,
  inputs: Case['inputs'],
  says: RegExp,
  extra: Partial<Case> = {}
): Case => ({ name, inputs, says, expect: 'refused', ...extra })
const accepted = (name: string, inputs: Case['inputs'], extra: Partial<Case> = {}): Case => ({
  name,
  inputs,
  says: UNCHANGED,
  expect: 'accepted',
  ...extra
})
const pkg =
  (key: string, extra: Record<string, string> = {}) =>
  (_w: World, p: Packages) => ({
    package: p[key]!,
    ...extra
  })

const CASES: Case[] = [
  // --- required inputs, empty or blank -----------------------------------------------------------
  refused('function-name empty', () => ({ 'function-name': '' }), input('function-name')),

  // --- wrong type, out of range -------------------------------------------------------------------
  refused('mode unknown', () => ({ mode: 'destroy' }), input('mode')),
  refused('memory-size word', () => ({ 'memory-size': 'abc' }), input('memory-size')),

  // --- unicode lookalikes: trimmed, never normalised ---------------------------------------------
  refused(
    'event-type with U+2010 hyphen',
    () => ({ 'event-type': 'viewer\u2010request' }),
    input('event-type')
  ),
  refused(
    'distribution-id with a Cyrillic E',
    w => ({ 'distribution-id': `\u0415${w.live.slice(1)}` }),
    input('distribution-id')
  ),

  // --- several distribution ids, one bad ----------------------------------------------------------
  refused(
    'distribution-id list with one malformed id',
    w => ({ 'distribution-id': `${w.live}\n${w.spare}\ne2bad` }),
    /::error::Input "distribution-id" "e2bad" is not a CloudFront distribution id/
  ),
  refused(
    'distribution-id separated by spaces',
    w => ({ 'distribution-id': `${w.live} ${w.spare}` }),
    input('distribution-id')
  ),
  refused(
    'distribution-id list where one does not exist (the other must stay untouched)',
    w => ({ 'distribution-id': `${w.spare},EZZZZZZZZZZZZZ` }),
    /::error::GetDistributionConfig on distribution EZZZZZZZZZZZZZ failed: NoSuchDistribution/
  ),

  // --- function ARNs ------------------------------------------------------------------------------
  refused(
    'function ARN in another region',
    () => ({ 'function-name': 'arn:aws:lambda:eu-west-1:123456789012:function:fn' }),
    /::error::Input "function-name" .* is in eu-west-1: Lambda@Edge functions must be created in us-east-1/
  ),
  refused(
    'function that does not exist',
    () => ({ 'function-name': 'nope' }),
    /::error::GetFunction on nope failed: ResourceNotFoundException/
  ),

  // --- packages -----------------------------------------------------------------------------------
  refused('package path missing', () => ({ package: '/no/such/package.zip' }), input('package')),
  refused('package is a device', () => ({ package: '/dev/null' }), input('package')),
  refused('package corrupt', pkg('corrupt'), rule('package-readable')),
  refused('package a 0-byte file', pkg('zeroBytes'), rule('package-readable')),
  refused('package a PNG renamed .zip', pkg('png'), rule('package-readable')),
  refused('package truncated at the end', pkg('truncatedEnd'), rule('package-readable')),
  refused('package truncated in half', pkg('truncatedHalf'), rule('package-readable')),
  refused('package an empty zip', pkg('emptyZip'), rule('package-not-empty')),
  refused('package an empty folder', pkg('emptyFolder'), rule('package-not-empty')),
  refused('package with a .. entry', pkg('dotdot'), rule('entry-paths')),
  refused('package with an absolute entry', pkg('absolute'), rule('entry-paths')),
  refused('package with a drive-letter entry', pkg('drive'), rule('entry-paths')),
  refused('zip with a symlink climbing out', pkg('zipLinkUp'), rule('symlinks')),
  refused('zip with a symlink to /etc/passwd', pkg('zipLinkAbs'), rule('symlinks')),
  refused('folder with a real symlink to /etc/passwd', pkg('folderLinkAbs'), rule('symlinks')),
  refused('folder with a real symlink to its parent', pkg('folderLinkUp'), rule('symlinks')),
  refused('zip bomb by ratio (200 MB of zeros)', pkg('bombRatio'), rule('zip-bomb')),
  refused(
    'zip with a Unicode Path field hiding ../ from one extractor',
    pkg('unicodeDotdot'),
    /\[entry-paths\] .*\.\.\/evil\.js \(another name of "evil\.js"\)/
  ),
  refused('zip whose local header names another file', pkg('localLie'), rule('zip-consistency')),
  refused('zip with one name stored twice', pkg('duplicate'), rule('zip-consistency')),
  refused(
    'zip with a file only its owner can read (0600)',
    pkg('private'),
    /\[file-modes\] .*index\.mjs has mode 0600.*chmod -R a\+rX/
  ),
  refused(
    'handler whose export a lexer proves missing',
    pkg('noExport'),
    /\[handler-export\] .*handler not found in index\.mjs: es-module-lexer read every export of this ES module: main/
  ),
  refused('package without the handler file', pkg('noHandler'), rule('handler-file')),
  refused('index.py for a nodejs runtime', pkg('python'), rule('handler-file')),
  refused(
    'index.mjs for a python runtime',
    pkg('node', { runtime: 'python3.13' }),
    rule('handler-file')
  ),

  // --- Lambda@Edge rules the inputs break ---------------------------------------------------------
  refused(
    'include-body on viewer-response',
    () => ({ 'include-body': 'true', 'event-type': 'viewer-response' }),
    rule('include-body')
  ),
  refused(
    'include-body on origin-response',
    () => ({ 'include-body': 'true', 'event-type': 'origin-response' }),
    rule('include-body')
  ),
  refused('timeout 31 (30 s on every event type)', () => ({ timeout: '31' }), rule('timeout')),
  refused(
    'a viewer deploy beside a CloudFront Function',
    w => ({ 'distribution-id': w.cloudFrontFunction }),
    /\[cloudfront-function-conflict\] .*behavior "default": CloudFront Function arn:aws:cloudfront::123456789012:function\/rewrite runs on viewer-request/
  ),
  refused(
    'function ARN in another account',
    () => ({ 'function-name': `arn:aws:lambda:us-east-1:999999999999:function:${FN}` }),
    rule('function-account')
  ),
  refused('runtime java21', () => ({ runtime: 'java21' }), rule('runtime-family')),
  refused('runtime nodejs16.x', () => ({ runtime: 'nodejs16.x' }), rule('runtime-deprecated')),
  refused(
    'runtime nodejs4.3-edge (retired)',
    () => ({ runtime: 'nodejs4.3-edge' }),
    rule('runtime-deprecated')
  ),
  refused(
    'runtime python2.7 (retired)',
    () => ({ runtime: 'python2.7' }),
    rule('runtime-deprecated')
  ),
  refused(
    'runtime nodejs19.x (never a Lambda runtime)',
    () => ({ runtime: 'nodejs19.x' }),
    rule('runtime-known')
  ),
  refused(
    'handler without an export name, with a package',
    pkg('node', { handler: 'index' }),
    input('handler')
  ),
  ...(
    [
      ['handler without an export name', 'index'],
      ['handler ending in a dot', 'index.'],
      ['handler starting with a dot', '.handler'],
      ['handler with a space', 'index.handler extra']
    ] as const
  ).map(([name, handler]) =>
    refused(name, () => ({ handler }), /::error.*(Input "handler"|\[handler)/)
  ),

  // --- cache behaviors and slots ------------------------------------------------------------------
  refused(
    'cache-behavior unknown',
    () => ({ 'cache-behavior': '/nope/*' }),
    input('cache-behavior')
  ),
  refused(
    'cache-behavior list with one unknown (the known one must stay untouched)',
    w => ({ 'distribution-id': w.spare, 'cache-behavior': 'default\n/nope/*' }),
    input('cache-behavior')
  ),
  refused(
    'cache-behavior DEFAULT in capitals',
    () => ({ 'cache-behavior': 'DEFAULT' }),
    input('cache-behavior')
  ),
  refused(
    'slot held by another function',
    () => ({ 'cache-behavior': '/api/*' }),
    /::error::Distribution .*, behavior "\/api\/\*", viewer-request is held by another function/
  ),

  // --- rollback-to, health-check-url ---------------------------------------------------------------

  // --- what a user expects to work: inputs are trimmed ------------------------------------------
  accepted('event-type with spaces around', () => ({ 'event-type': ' viewer-request ' })),
  accepted('event-type with a trailing no-break space', () => ({
    'event-type': 'viewer-request\u00a0'
  })),
  accepted('function-name with spaces and a newline', () => ({ 'function-name': '  fn\n' })),
  accepted('memory-size with spaces around', () => ({ 'memory-size': ' 128 ' })),
  accepted('runtime with spaces around', () => ({ runtime: ' nodejs22.x ' })),
  accepted('mode with spaces around', () => ({ mode: ' deploy ' })),
  accepted('include-body False', () => ({ 'include-body': 'False' })),
  accepted('distribution-id with blanks and a trailing comma', w => ({
    'distribution-id': ` ${w.live} ,\n`
  })),
  accepted('distribution-id listed twice', w => ({ 'distribution-id': `${w.live},${w.live}` })),
  accepted('cache-behavior with spaces and a blank line', () => ({
    'cache-behavior': ' default \n\n'
  })),

  // --- GitHub event oddities: reporting problems, never a failed deploy ----------------------------
  accepted('pull_request event without a PR number', () => ({}), {
    env: (_w, p) => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: p.eventNoNumber! })
  }),
  accepted('pull_request from a fork (read-only token)', () => ({}), {
    env: (_w, p) => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: p.eventFork! }),
    githubWrites: 403,
    warns: /^::warning::.*PR #7.*403.*fork/m
  }),
  accepted('pull_request_target from a fork (read-only token)', () => ({}), {
    env: (_w, p) => ({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: p.eventFork! }),
    githubWrites: 403,
    warns: /^::warning::.*PR #7.*403.*fork/m
  }),
  accepted('pull_request with an empty github-token', () => ({ 'github-token': '' }), {
    env: (_w, p) => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: p.eventFork! })
  }),
  accepted('event payload that is not JSON', () => ({}), {
    bundle: true,
    env: (_w, p) => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: p.eventGarbage! })
  }),
  accepted('event payload file missing', () => ({}), {
    env: () => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/no/such/event.json' })
  })
]

// --- set-up ---------------------------------------------------------------------------------------

let em: Emulator
let gh: FakeGitHub
let world: World
let packages: Packages

async function buildWorld(): Promise<World> {
  await em.reset()
  await edgeFunction(em, FN)
  const v1 = await publishVersion(em, FN)
  await edgeFunction(em, 'other')
  const other1 = await publishVersion(em, 'other')
  const live = await createDistribution(em, {
    behaviors: ['/api/*'],
    associations: [
      { cacheBehavior: 'default', eventType: 'viewer-request', arn: v1 },
      { cacheBehavior: '/api/*', eventType: 'viewer-request', arn: other1 }
    ]
  })
  const spare = await createDistribution(em, { behaviors: ['/api/*'] })
  // Version 1 went live through a verified deploy: the journal says so, and so accepted inputs
  // answer `unchanged` with no write at all (an unverified live version would be resumed instead).
  await clients(em).lambda.send(
    new CreateAliasCommand({
      FunctionName: FN,
      Name: 'lambda-edge-live',
      FunctionVersion: '1',
      Description: '{"g":[1],"b":[],"c":[]}'
    })
  )
  const config = buildDistributionConfig({ behaviors: ['/api/*'] })
  config.DefaultCacheBehavior!.FunctionAssociations = {
    Quantity: 1,
    Items: [
      {
        EventType: 'viewer-request',
        FunctionARN: `arn:aws:cloudfront::${ACCOUNT}:function/rewrite`
      }
    ]
  }
  const withFunction = await clients(em).cloudfront.send(
    new CreateDistributionCommand({ DistributionConfig: config })
  )
  return { live: live.id, spare: spare.id, cloudFrontFunction: withFunction.Distribution!.Id! }
}

async function buildPackages(): Promise<Packages> {
  const dir = mkdtempSync(join(tmpdir(), 'led-bad-'))
  const file = (name: string, data: Buffer | string): string => {
    const path = join(dir, name)
    writeFileSync(path, data)
    return path
  }
  const folder = (
    name: string,
    links: Record<string, string>,
    files: Record<string, string> = NODE_HANDLER
  ): string => {
    const path = join(dir, name)
    mkdirSync(path)
    for (const [f, text] of Object.entries(files)) writeFileSync(join(path, f), text)
    for (const [link, target] of Object.entries(links)) symlinkSync(target, join(path, link))
    return path
  }
  const good = await makeZip(NODE_HANDLER)
  const handler = NODE_HANDLER['index.mjs']
  // A real 1x1 PNG: the magic number says image, the name says zip.
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
      '1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082',
    'hex'
  )
  const pullRequest = {
    number: 7,
    pull_request: {
      number: 7,
      title: 'Fork PR',
      head: {
        ref: 'patch-1',
        sha: 'f'.repeat(40),
        repo: { fork: true, full_name: 'evil/edge-site' }
      },
      base: { ref: 'main', repo: { full_name: 'octo-org/edge-site' } }
    }
  }
  return {
    node: file('node.zip', good),
    corrupt: file('corrupt.zip', Buffer.from('PK\u0003\u0004 this is not really a zip')),
    zeroBytes: file('zero.zip', Buffer.alloc(0)),
    png: file('image.zip', png),
    truncatedEnd: file('truncated-end.zip', good.subarray(0, good.length - 10)),
    truncatedHalf: file('truncated-half.zip', good.subarray(0, Math.floor(good.length / 2))),
    emptyZip: file('empty.zip', await makeZip({})),
    emptyFolder: folder('empty', {}, {}),
    dotdot: file('dotdot.zip', craftedZip({ 'index.mjs': handler, '../evil.js': 'x' })),
    absolute: file('absolute.zip', craftedZip({ 'index.mjs': handler, '/etc/cron.d/evil': 'x' })),
    drive: file('drive.zip', craftedZip({ 'index.mjs': handler, 'C:/Windows/evil.js': 'x' })),
    zipLinkUp: file(
      'link-up.zip',
      craftedZip({ 'index.mjs': handler }, { secrets: '../../../etc/passwd' })
    ),
    zipLinkAbs: file(
      'link-abs.zip',
      craftedZip({ 'index.mjs': handler }, { passwd: '/etc/passwd' })
    ),
    folderLinkAbs: folder('link-abs', { passwd: '/etc/passwd' }),
    folderLinkUp: folder('link-up', { parent: '..' }),
    bombRatio: file(
      'bomb.zip',
      craftedZip({ 'index.mjs': handler, 'zeros.bin': { zeros: 200 * 1_048_576 } })
    ),
    unicodeDotdot: file(
      'unicode.zip',
      hostileZip([
        { name: 'index.mjs', data: handler },
        { name: '../evil.js', unicodeName: 'evil.js' }
      ])
    ),
    localLie: file(
      'local-lie.zip',
      hostileZip([
        { name: 'index.mjs', data: handler },
        { name: 'aa/evil.js', localName: '../evil.js' }
      ])
    ),
    duplicate: file(
      'duplicate.zip',
      hostileZip([
        { name: 'index.mjs', data: handler },
        { name: 'index.mjs', data: 'export const other = 1\n' }
      ])
    ),
    private: file(
      'private.zip',
      hostileZip([{ name: 'index.mjs', data: handler, mode: 0o100600 }])
    ),
    noExport: file(
      'no-export.zip',
      await makeZip({ 'index.mjs': 'export const main = async e => e\n' })
    ),
    noHandler: file('no-handler.zip', await makeZip({ 'lib.js': 'module.exports = {}\n' })),
    python: file(
      'python.zip',
      await makeZip({ 'index.py': 'def handler(event, context):\n    return event\n' })
    ),
    eventNoNumber: file(
      'event-no-number.json',
      JSON.stringify({ action: 'opened', pull_request: { title: 'x' } })
    ),
    eventFork: file('event-fork.json', JSON.stringify(pullRequest)),
    eventGarbage: file('event-garbage.json', '{"pull_request": {"number": 7,')
  }
}

beforeAll(async () => {
  // The packages are written synchronously (a 200 MB bomb among them): build them once the emulator
  // is up, so its start-up is never waiting on a blocked event loop.
  ;[em, gh] = await Promise.all([
    startEmulator(),
    startFakeGitHub({ repository: 'octo-org/edge-site' })
  ])
  packages = await buildPackages()
  world = await buildWorld()
}, 120_000)

afterAll(async () => {
  await Promise.all([em?.stop(), gh?.stop()])
  const bad = tally.filter(t => t.expect === 'refused')
  const good = tally.filter(t => t.expect === 'accepted')
  console.log(
    `bad inputs tried: ${bad.length}, refused cleanly: ${bad.filter(t => t.clean).length}, ` +
      `mutating calls made: ${tally.reduce((n, t) => n + t.mutating.length, 0)}\n` +
      `good inputs and event oddities tried: ${good.length}, accepted cleanly: ${good.filter(t => t.clean).length}\n` +
      tally
        .filter(t => !t.clean)
        .map(
          t =>
            `  not clean: ${t.name} (exit ${t.code}${t.mutating.length ? `, wrote ${t.mutating.join(', ')}` : ''})`
        )
        .join('\n')
  )
})

interface Tally {
  name: string
  expect: Expect
  code: number
  clean: boolean
  mutating: string[]
}
const tally: Tally[] = []

/** The base a case changes one thing of: a deploy that would be a no-op ("unchanged"). */
function baseInputs(w: World): Record<string, string> {
  return {
    mode: 'deploy',
    'function-name': FN,
    'event-type': 'viewer-request',
    'distribution-id': w.live,
    wait: 'false',
    'github-token': gh.token
  }
}

function baseEnv(): Record<string, string> {
  return {
    ...em.env,
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'octo-org/edge-site',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_RUN_ID: '1001'
  }
}

/** What a case must show; returns the problems (empty: clean). */
function judge(c: Case, r: ActionRun, mutating: string[]): string[] {
  const problems: string[] = []
  const crashed = /Unexpected error|^\s+at .+:\d+:\d+\)?$/m.test(r.stdout + r.stderr)
  if (crashed) problems.push('crashed (stack trace or "Unexpected error")')
  if (mutating.length > 0) problems.push(`made mutating AWS calls: ${mutating.join(', ')}`)
  if (!c.says.test(r.stdout)) problems.push(`stdout does not match ${c.says}`)
  if (c.expect === 'refused') {
    if (r.code !== 1) problems.push(`exit code ${r.code}, wanted 1`)
    if (r.outputs.status !== 'failed') problems.push(`status output "${r.outputs.status}"`)
  } else {
    if (r.code !== 0) problems.push(`exit code ${r.code}, wanted 0`)
    if (/^::error/m.test(r.stdout)) problems.push('printed an ::error')
    if (r.outputs.status !== 'unchanged') problems.push(`status output "${r.outputs.status}"`)
    if (c.warns && !c.warns.test(r.stdout)) problems.push(`no warning matching ${c.warns}`)
  }
  return problems
}

describe('bad input through the action', () => {
  for (const c of CASES) {
    const test = c.defect ? it.failing : it
    test(`${c.expect === 'refused' ? 'refuses' : 'accepts'} ${c.name}`, async () => {
      await em.clearRequests()
      gh.failWrites(c.githubWrites ?? null)
      const r = await (c.bundle ? runBundle : runAction)(
        { ...baseInputs(world), ...c.inputs(world, packages) },
        { ...baseEnv(), ...(c.env?.(world, packages) ?? {}) }
      )
      const mutating = await mutatingCalls(em)
      // A case that changed AWS leaves a different world behind: rebuild it for the next case.
      if (mutating.length > 0) world = await buildWorld()
      const problems = judge(c, r, mutating)
      tally.push({
        name: c.name,
        expect: c.expect,
        code: r.code,
        clean: problems.length === 0,
        mutating
      })
      if (problems.length > 0)
        throw new Error(
          `${c.name}: ${problems.join('; ')}\n--- stdout ---\n${r.stdout.slice(0, 3000)}\n--- stderr ---\n${r.stderr.slice(-1500)}`
        )
    })
  }

  it('covers at least 30 bad inputs that need AWS or the whole run (50 more in config.bad-input)', () => {
    expect(CASES.filter(c => c.expect === 'refused').length).toBeGreaterThanOrEqual(30)
  })
})

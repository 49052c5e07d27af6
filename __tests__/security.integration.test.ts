/**
 * Security properties of the bundled action, checked the way a user would meet them:
 * - secrets (the GitHub token, AWS credentials, a function's environment variable values) never
 *   reach stdout, stderr, GITHUB_OUTPUT, the job summary or the PR comment, debug logging included;
 *   the token appears once, inside the `::add-mask::` command that hides it;
 * - inputs cannot inject workflow commands, and never reach a shell (no child_process in our code);
 * - the runtime dependencies carry no known high or critical advisory (npm audit).
 */
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { createDistribution, startEmulator, type Emulator } from './harness/emulator.mjs'
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.mjs'
import { startHealthServer, type HealthServer } from './helpers/health-server.js'
import { DIST, ROOT, runBundle as runAction, type ActionRun } from './helpers/run-action.js'
import { edgeFunction, publishVersion, writeTemp } from './helpers/world.js'
import { NODE_HANDLER, makeZip } from './helpers/zip.js'

// Recognisable values: if any shows up where it must not, the grep below finds it.
const TOKEN = 'ghs_supersecretTokenDoNotLog0123456789AB'
const AWS_SECRET = 'AwsSecretKeyDoNotLog/0123456789abcdefXYZ+'
const AWS_SESSION = 'IQoJb3JpZ2luX2VjEDoNotLogSessionToken0123456789=='
const ENV_VALUE = 'env-value-sekrit-7f3a9c0d'
const HEALTH_PASSWORD = 'hc-pass-DoNotLog-5e6f'

const DEBUG = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true', ACTIONS_RUNNER_DEBUG: 'true' }

let em: Emulator
let gh: FakeGitHub
let health: HealthServer
let event: string

beforeAll(async () => {
  ;[em, gh, health] = await Promise.all([
    startEmulator(),
    startFakeGitHub({ token: TOKEN, repository: 'octo-org/edge-site' }),
    startHealthServer(200)
  ])
  event = writeTemp(
    'event.json',
    JSON.stringify({
      number: 7,
      pull_request: { number: 7, title: 'Edge change', head: { ref: 'edge', sha: 'a'.repeat(40) } }
    })
  )
}, 120_000)
afterAll(async () => Promise.all([em?.stop(), gh?.stop(), health?.stop()]))
beforeEach(async () => {
  await em.reset()
  gh.clearRequests()
})

/** A pull_request run in debug mode, with the token and AWS credentials set. */
function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(
    { 'event-type': 'viewer-request', 'github-token': TOKEN, ...inputs },
    {
      ...em.env,
      ...DEBUG,
      AWS_SECRET_ACCESS_KEY: AWS_SECRET,
      AWS_SESSION_TOKEN: AWS_SESSION,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'octo-org/edge-site',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_RUN_ID: '1001',
      ...env
    }
  )
}

/** Every place a user or a reader of the repository can see. */
function channels(r: ActionRun): Record<string, string> {
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    GITHUB_OUTPUT: JSON.stringify(r.outputs),
    summary: r.summary,
    'PR comments': JSON.stringify(gh.comments(7).map(c => c.body)),
    'GitHub request bodies': JSON.stringify(gh.requests().map(q => q.body))
  }
}

/** Where `secret` leaked: [] when nowhere. The token may appear in its own ::add-mask:: line only. */
function leaks(r: ActionRun, secret: string): string[] {
  const out: string[] = []
  for (const [where, text] of Object.entries(channels(r))) {
    const lines = text.split('\n').filter(l => l.includes(secret))
    const allowed = where === 'stdout' ? lines.filter(l => l === `::add-mask::${secret}`) : []
    if (lines.length > allowed.length || allowed.length > 1)
      out.push(`${where}: ${lines.map(l => l.slice(0, 200)).join(' | ')}`)
  }
  return out
}

function expectNoLeaks(
  r: ActionRun,
  secrets: string[] = [TOKEN, AWS_SECRET, AWS_SESSION, ENV_VALUE]
) {
  expect(Object.fromEntries(secrets.map(s => [s, leaks(r, s)]))).toEqual(
    Object.fromEntries(secrets.map(s => [s, []]))
  )
}

/** A function whose only problem is an environment variable holding a secret. */
async function leakyFunction(): Promise<string> {
  return edgeFunction(em, 'leaky', { Environment: { Variables: { API_KEY: ENV_VALUE } } })
}

describe('secrets never reach the logs, outputs, summary or PR comment (debug mode on)', () => {
  it('the token is masked with ::add-mask:: exactly once, before anything else is printed', async () => {
    await edgeFunction(em, 'fn')
    const r = await run({ mode: 'validate', 'function-name': 'fn' })
    expect(r.code).toBe(0)
    // @actions/core's setSecret prints `::add-mask::VALUE`; the runner hides VALUE from then on.
    const first = r.stdout.split('\n').find(l => l.startsWith('::'))
    expect(first).toBe(`::add-mask::${TOKEN}`)
    expect(r.stdout.split(TOKEN)).toHaveLength(2)
    expectNoLeaks(r)
  })

  it('a failing validate of a function with a secret in its environment shows the name, never the value', async () => {
    await leakyFunction()
    const r = await run({ mode: 'validate', 'function-name': 'leaky' })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/\[environment\].*API_KEY/)
    expectNoLeaks(r)
  })

  it('a refused deploy of that function leaks nothing, the PR comment included', async () => {
    await leakyFunction()
    const d = await createDistribution(em)
    const r = await run({ mode: 'deploy', 'function-name': 'leaky', 'distribution-id': d.id })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('failed')
    expect(r.stdout).toContain('API_KEY')
    expect(gh.comments(7).length).toBeGreaterThan(0)
    expectNoLeaks(r)
  })

  it('a successful deploy leaks nothing, the PR comment included', async () => {
    await edgeFunction(em, 'fn')
    const d = await createDistribution(em, { behaviors: ['/api/*'] })
    const r = await run({
      mode: 'deploy',
      'function-name': 'fn',
      'distribution-id': d.id,
      'cache-behavior': 'default,/api/*',
      package: writeTemp('fn.zip', await makeZip(NODE_HANDLER))
    })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('deployed')
    expect(gh.comments(7).length).toBeGreaterThan(0)
    expectNoLeaks(r)
  })

  it('a rollback leaks nothing', async () => {
    await edgeFunction(em, 'fn')
    const v1 = await publishVersion(em, 'fn')
    const d = await createDistribution(em, {
      associations: [{ cacheBehavior: 'default', eventType: 'viewer-request', arn: v1 }]
    })
    // Deploy a second version, then roll back to the first.
    const deployed = await run({
      mode: 'deploy',
      'function-name': 'fn',
      'distribution-id': d.id,
      package: writeTemp('v2.zip', await makeZip({ ...NODE_HANDLER, 'v2.txt': '2' }))
    })
    expect(deployed.outputs.status).toBe('deployed')
    const r = await run({ mode: 'rollback', 'function-name': 'fn', 'distribution-id': d.id })
    expect(r.outputs.status).toBe('rolled-back')
    expectNoLeaks(r)
  })

  // Defect: the health check's group title prints the URL as given, user:password included
  // (src/modes/settle.ts, `Health check ${cfg.healthCheckUrl}`); outputs and summary may echo it too.
  it('a password in health-check-url is never printed', async () => {
    await edgeFunction(em, 'fn')
    const d = await createDistribution(em)
    const url = new URL(health.url)
    url.username = 'edge'
    url.password = HEALTH_PASSWORD
    const r = await run({
      mode: 'deploy',
      'function-name': 'fn',
      'distribution-id': d.id,
      package: writeTemp('fn.zip', await makeZip(NODE_HANDLER)),
      'health-check-url': url.toString(),
      'health-check-timeout-seconds': '2',
      'auto-rollback': 'false'
    })
    // Refused as input, before any call: the password never gets near a log line or a comment.
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Input "health-check-url" must not contain a user name or password')
    expectNoLeaks(r, [HEALTH_PASSWORD, TOKEN, AWS_SECRET, AWS_SESSION])
  })
})

describe('inputs are data, never commands', () => {
  it('an input echoed in an error cannot start a workflow command', async () => {
    const r = await run({
      mode: 'validate',
      'function-name': 'fn\n::set-output name=status::deployed\n::add-mask::x',
      'event-type': 'viewer-request\r\n::warning::pwned',
      'memory-size': '128%0A::error::pwned'
    })
    expect(r.code).toBe(1)
    const commands = r.stdout
      .split('\n')
      .filter(l => l.startsWith('::'))
      .map(l => l.slice(2, l.indexOf('::', 2)).split(' ')[0])
    expect(new Set(commands)).toEqual(new Set(['add-mask', 'error']))
    expect(r.stdout).not.toMatch(/^::(set-output|warning::pwned|error::pwned)/m)
    expect(r.stdout.split('\n').filter(l => l.startsWith('::add-mask::'))).toEqual([
      `::add-mask::${TOKEN}`
    ])
    expect(r.outputs.status).toBe('failed')
  })
})

// --- no shell: static checks over src/ and over the bundle's own modules --------------------------

const SHELL = [
  /from\s+['"](node:)?child_process['"]/,
  /import\(\s*['"](node:)?child_process['"]\s*\)/,
  /require\(\s*['"](node:)?child_process['"]\s*\)/,
  /['"]@actions\/exec['"]/,
  /\b(execSync|execFileSync|spawnSync|execFile|spawn|fork)\s*\(/,
  // A bare exec( call; RegExp.prototype.exec (`re.exec(`) is fine.
  /(^|[^.\w$])exec\s*\(/m,
  /\bnew\s+Function\s*\(/,
  /(^|[^.\w$])eval\s*\(/m
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(name) ? [path] : []
  })
}

/** The bundle split into ncc's concatenated modules; ours are the `./src/...` ones. */
function bundleModules(): { path: string; code: string }[] {
  const bundle = readFileSync(DIST, 'utf8')
  const marker = /^;\/\/ CONCATENATED MODULE: (.+)$/gm
  const starts = [...bundle.matchAll(marker)]
  return starts.map((m, i) => {
    const from = m.index! + m[0].length
    const to = starts[i + 1]?.index ?? bundle.length
    // A section ends early at the next external or numbered module.
    const body = bundle.slice(from, to)
    const end = body.search(/^(\/\/ EXTERNAL MODULE:|\/\*\*\*\/)/m)
    return { path: m[1]!, code: end < 0 ? body : body.slice(0, end) }
  })
}

/**
 * The one module allowed to start a process: the smoke run's child (the runner's own node, or
 * python3 found on PATH), started with spawn and an argv array, never through a shell.
 */
const SPAWNER = 'src/smoke/invoke.ts'

describe('inputs never reach a shell', () => {
  it('only the smoke run starts a process: spawn with an argv array, no shell, no exec', () => {
    const code = readFileSync(join(ROOT, SPAWNER), 'utf8')
    expect(code).toMatch(/\bspawn\(spec\.command, spec\.args, \{/)
    expect(code).not.toMatch(/\bshell\s*:/)
    expect(code).not.toMatch(
      /\b(execSync|execFileSync|spawnSync|execFile|fork)\s*\(|(^|[^.\w$])exec\s*\(/m
    )
  })

  it('nothing else in src/ imports child_process, @actions/exec, or evaluates code', () => {
    const files = sourceFiles(join(ROOT, 'src')).filter(f => relative(ROOT, f) !== SPAWNER)
    expect(files.length).toBeGreaterThan(10)
    const hits = files.flatMap(f => {
      const text = readFileSync(f, 'utf8')
      return SHELL.filter(re => re.test(text)).map(re => `${relative(ROOT, f)}: ${re}`)
    })
    expect(hits).toEqual([])
  })

  it("the bundle's own modules (./src/* in dist/index.js) but the spawner do not reference child_process", () => {
    const bundle = readFileSync(DIST, 'utf8')
    const ours = bundleModules().filter(
      m => m.path.startsWith('./src/') && m.path !== `./${SPAWNER}`
    )
    expect(ours.map(m => m.path)).toEqual(
      expect.arrayContaining(['./src/main.ts', './src/config.ts'])
    )
    // How the bundle names child_process: numbered modules and concatenated namespace objects.
    const ids = [
      ...bundle.matchAll(
        /\/\*\*\*\/ (\d+):\s*\/\*\*\*\/ \(\(module\) => \{\s*module\.exports = __WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("(?:node:)?child_process"\)/g
      )
    ].map(m => m[1]!)
    const names = [
      ...bundle.matchAll(
        /const (\w+) = __WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("(?:node:)?child_process"\)/g
      )
    ].map(m => m[1]!)
    const hits = ours.flatMap(m =>
      [
        ...SHELL,
        /child_process/,
        ...ids.map(id => new RegExp(`__nccwpck_require__\\(${id}\\)`)),
        ...names.map(n => new RegExp(`\\b${n}\\b`))
      ]
        .filter(re => re.test(m.code))
        .map(re => `${m.path}: ${re}`)
    )
    expect(hits).toEqual([])
  })
})

// --- npm audit ----------------------------------------------------------------------------------

interface AuditVerdict {
  available: boolean
  reason: string
  counts?: Record<string, number>
  names?: string[]
}

/** Runs npm audit once; a registry that cannot answer audit requests is a skip, not a failure. */
async function audit(): Promise<AuditVerdict> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  let stdout: string
  try {
    ;({ stdout } = await promisify(execFile)(
      npm,
      ['audit', '--omit=dev', '--audit-level=high', '--json'],
      { cwd: ROOT, timeout: 60_000, maxBuffer: 32 * 1024 * 1024 }
    ))
  } catch (e) {
    // npm audit exits non-zero both when it finds issues and when it cannot ask the registry.
    stdout = (e as { stdout?: string }).stdout ?? ''
    if (!stdout)
      return { available: false, reason: `npm audit did not run: ${(e as Error).message}` }
  }
  let report: {
    metadata?: { vulnerabilities?: Record<string, number> }
    vulnerabilities?: Record<string, { severity: string }>
    message?: string
    statusCode?: number
    error?: { summary?: string }
  }
  try {
    report = JSON.parse(stdout)
  } catch {
    return { available: false, reason: `npm audit printed no JSON: ${stdout.slice(0, 200)}` }
  }
  if (!report.metadata?.vulnerabilities)
    return {
      available: false,
      reason: `the registry cannot answer audit requests here (${report.message ?? report.error?.summary ?? 'no audit data'})`
    }
  return {
    available: true,
    reason: '',
    counts: report.metadata.vulnerabilities,
    names: Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity})`)
  }
}

const auditVerdict = await audit()
if (!auditVerdict.available) console.warn(`Skipping the npm audit check: ${auditVerdict.reason}`)

describe('dependencies', () => {
  ;(auditVerdict.available ? it : it.skip)(
    `npm audit --omit=dev reports no high or critical issue${auditVerdict.available ? '' : ` (skipped: ${auditVerdict.reason})`}`,
    () => {
      expect(auditVerdict.names).toEqual([])
      expect((auditVerdict.counts?.high ?? 0) + (auditVerdict.counts?.critical ?? 0)).toBe(0)
    }
  )
})

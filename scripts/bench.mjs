#!/usr/bin/env node
// `npm run bench`: how fast the bundled action notices Deployed, deploys, starts and reads a big
// package, and how many AWS calls it makes, each next to what a user would otherwise run (the AWS
// CLI, the SDK's waiter). Starts and stops its own emulator on 127.0.0.1, prints one table and
// writes it to BENCHMARKS.md. `--quick`: fewer runs, shorter waits, prints only.
// `--only=cold,folder`: just those measurements (lag, polls, deploy, cold, big, calls, folder,
// functions, canary),
// printed only, for iterating; BENCHMARKS.md is written only by a full run.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { GetFunctionCommand, PublishVersionCommand } from '@aws-sdk/client-lambda'
import {
  clients,
  createDistribution,
  createEdgeRole,
  createFunction,
  getDistributionConfig,
  startEmulator
} from '../__tests__/harness/emulator.mjs'
import { reportSetupError } from '../__tests__/harness/python-env.mjs'
import { makeBigZip } from './make-big-zip.mjs'
import {
  FOLDER_FILES,
  FOLDER_RATIO_TARGET,
  FOLDER_RSS_TARGET_MB,
  measureFolder
} from './bench/folder.mjs'
import { measureCanary } from './bench/canary.mjs'
import { measureFunctions } from './bench/functions.mjs'
import { between, interleaved, mib, ms, sleep, summarize, timed } from './bench/measure.mjs'
import { renderMachine, renderMarkdown, renderTable } from './bench/report.mjs'
import {
  cliEnv,
  describePhases,
  DIST,
  findAwsCli,
  handlerZip,
  ROOT,
  runAction,
  tracedPhases,
  zipOf
} from './bench/world.mjs'

const QUICK = process.argv.includes('--quick')
const SECTIONS = ['lag', 'polls', 'deploy', 'cold', 'big', 'calls', 'folder', 'functions', 'canary']
const onlyArg = process.argv.find(a => a.startsWith('--only='))
const ONLY = onlyArg ? onlyArg.slice('--only='.length).split(',') : SECTIONS
for (const name of ONLY)
  if (!SECTIONS.includes(name))
    throw new Error(`--only: unknown "${name}" (${SECTIONS.join(', ')})`)
const wanted = name => ONLY.includes(name)
const PARTIAL = ONLY.length < SECTIONS.length
const RUNS = QUICK ? 3 : 7 // timed runs per contender for the fast measurements (after one warm-up)
const LAG_RUNS = QUICK ? 2 : 5 // the action's detection-lag runs (each about 20 s)
const SLOW_RUNS = QUICK ? 1 : 2 // runs of each 60-second waiter (run side by side)
const CAP_S = 200 // any waiter still waiting after this is killed and reported as ">"
const LAG_TARGET_MS = 5000
const DEPLOY_RATIO_TARGET = 0.25
const COLD_RATIO_TARGET = 0.4
// The poll budget (src/aws/poll-schedule.ts): Deployed is marked this long after the action starts.
const PROPAGATION_MS = QUICK ? 40_000 : 150_000
const BIG_WALL_TARGET_MS = 500
const BIG_RSS_TARGET_MB = 150
const EVENT = 'viewer-response'
const SDK_WAIT = join(ROOT, 'scripts', 'bench', 'sdk-wait.mjs')
const CLI_DEPLOY = join(ROOT, 'scripts', 'bench', 'cli-deploy.sh')
const OUT_FILE = join(ROOT, 'BENCHMARKS.md')

const log = (...a) => console.error('[bench]', ...a)
const rows = []
const notes = []
const problems = []

const fmt = s => ({ median: ms(s.median), range: `${ms(s.min)} – ${ms(s.max)}`, runs: s.n })
const verdict = ok => (ok === undefined ? 'SKIP' : ok ? 'PASS' : 'FAIL')
const ratio = (a, b) => (Number.isFinite(a / b) ? a / b : NaN)
const x = r => (Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a')

// ---------------------------------------------------------------------------------------------
// World: one execution role; each measurement gets its own function (version 1 live) and site.

async function edgeFunction(ctx, name, opts = {}) {
  const zip = opts.zip ?? (await zipOf({ 'index.mjs': 'export const handler = async e => e\n' }))
  await createFunction(ctx.em, {
    name,
    roleArn: ctx.role,
    zip,
    runtime: 'nodejs22.x',
    handler: opts.handler ?? 'index.handler',
    memorySize: 128,
    timeout: opts.timeout ?? 5
  })
  const v1 = await clients(ctx.em).lambda.send(new PublishVersionCommand({ FunctionName: name }))
  return { name, v1: v1.FunctionArn }
}

async function edgeSite(ctx, fn, comment) {
  const d = await createDistribution(ctx.em, {
    comment,
    associations: [{ cacheBehavior: 'default', eventType: EVENT, arn: fn.v1 }]
  })
  await ctx.em.markDeployed(d.id)
  return d.id
}

const deployInputs = (fn, site, pkg) => ({
  mode: 'deploy',
  'function-name': fn.name,
  package: pkg,
  'distribution-id': site,
  'event-type': EVENT,
  'cache-behavior': 'default',
  wait: 'true',
  'wait-timeout-seconds': '600'
})

async function liveArn(ctx, site) {
  const { config } = await getDistributionConfig(ctx.em, site)
  return config.DefaultCacheBehavior.LambdaFunctionAssociations?.Items?.find(
    a => a.EventType === EVENT
  )?.LambdaFunctionARN
}

function tail(text, n = 400) {
  return text.trim().slice(-n).replace(/\n/g, ' | ')
}

// ---------------------------------------------------------------------------------------------
// 1. Detection lag: Deployed at a moment T chosen here; how long after T each waiter exits.

async function slowWaiter(ctx, kind, delayMs) {
  const { em, aws, tmp } = ctx
  const { id } = await createDistribution(em, { comment: `bench ${kind} waiter` }) // InProgress
  const child =
    kind === 'cli'
      ? timed(
          aws.bin,
          [
            '--endpoint-url',
            em.endpoint,
            'cloudfront',
            'wait',
            'distribution-deployed',
            '--id',
            id
          ],
          { env: cliEnv(em, tmp), timeoutMs: CAP_S * 1000 }
        )
      : timed(process.execPath, [SDK_WAIT, id, String(CAP_S)], {
          env: { PATH: process.env.PATH ?? '', ...em.env },
          cwd: ROOT,
          timeoutMs: (CAP_S + 10) * 1000
        })
  let T
  const timer = setTimeout(() => {
    T = performance.now()
    em.markDeployed(id).catch(e => problems.push(`markDeployed ${id}: ${e.message}`))
  }, delayMs)
  const r = await child
  clearTimeout(timer)
  if (T === undefined || (r.code !== 0 && !r.timedOut)) {
    problems.push(`${kind} waiter exited ${r.code} before/without Deployed: ${tail(r.stderr)}`)
    return { lag: NaN, timedOut: false, markedAfter: delayMs }
  }
  return { lag: r.end - T, timedOut: r.timedOut, markedAfter: delayMs }
}

async function actionLag(ctx, fn, site, i) {
  const { em, tmp } = ctx
  const pkg = await handlerZip(tmp, `lag-${i}`)
  // T comes 15-23 s after the action starts (its deploy part takes well under 1 s): by then its
  // polls are 4 s apart (+-15% jitter), the pace of the first two minutes of a real propagation.
  const delayMs = QUICK ? between(6000, 9000) : between(15_000, 23_000)
  const run = runAction(em, tmp, deployInputs(fn, site, pkg), { timeoutMs: 120_000 })
  let T
  const timer = setTimeout(() => {
    T = performance.now()
    em.markDeployed(site).catch(e => problems.push(`markDeployed ${site}: ${e.message}`))
  }, delayMs)
  const r = await run
  clearTimeout(timer)
  if (r.outputs.status !== 'deployed' || T === undefined) {
    problems.push(
      `detection lag run ${i}: status ${r.outputs.status}, exit ${r.code}: ${tail(r.stdout)}`
    )
    return NaN
  }
  if (!r.stdout.includes('InProgress'))
    problems.push(`detection lag run ${i}: the action never reported InProgress; is it waiting?`)
  ctx.pollGaps.push(...lastPollGaps(r.stdout))
  return r.end - T
}

/** Gaps between the action's last few logged polls ("12.3 s: ID InProgress"), in ms; [] if none. */
function lastPollGaps(stdout) {
  const at = [...stdout.matchAll(/^\s*(\d+(?:\.\d+)?) s: \S+ \w+/gm)].map(m => Number(m[1]) * 1000)
  const last = at.slice(-4)
  return last.slice(1).map((t, i) => t - last[i])
}

async function detectionLag(ctx) {
  const { aws } = ctx
  log('1 detection lag (about 2 minutes: waiters that poll every 60 s take a while)')
  const fn = await edgeFunction(ctx, 'bench-lag')
  const site = await edgeSite(ctx, fn, 'bench lag')
  // The slow waiters run in the background, each on its own distribution, with T spread over
  // their first 60 s interval (stratified: one early, one late).
  const window = QUICK ? [5000, 10_000] : [15_000, 45_000]
  const slotOf = i =>
    between(
      window[0] + ((window[1] - window[0]) * i) / SLOW_RUNS,
      window[0] + ((window[1] - window[0]) * (i + 1)) / SLOW_RUNS
    )
  const cli = aws
    ? Promise.all([...Array(SLOW_RUNS).keys()].map(i => slowWaiter(ctx, 'cli', slotOf(i))))
    : Promise.resolve([])
  const sdk = Promise.all([...Array(SLOW_RUNS).keys()].map(i => slowWaiter(ctx, 'sdk', slotOf(i))))
  await sleep(3000) // their start-up (python, node) is over before the action's first run
  const action = []
  for (let i = 0; i < LAG_RUNS; i++) action.push(await actionLag(ctx, fn, site, i))
  const [cliRuns, sdkRuns] = await Promise.all([cli, sdk])

  const a = summarize(action)
  rows.push({
    n: 1,
    what: 'detection lag after Deployed',
    subject: 'action (deploy, `wait: true`)',
    ...fmt(a),
    target: `every run ≤ ${LAG_TARGET_MS / 1000} s`,
    result: verdict(a.n === LAG_RUNS && a.max <= LAG_TARGET_MS)
  })
  const slowRow = (subject, runs) => {
    const s = summarize(runs.map(r => r.lag))
    const capped = runs.some(r => r.timedOut)
    const show = v => (capped && v === s.max ? `> ${ms(v)}` : ms(v))
    rows.push({
      n: '',
      what: '',
      subject,
      median: runs.length ? show(s.median) : 'n/a',
      range: runs.length ? `${show(s.min)} – ${show(s.max)}` : 'n/a',
      runs: runs.length ? s.n : 'SKIP',
      ratio: runs.length ? `action ${x(ratio(a.median, s.median))}` : '',
      target: '',
      result: ''
    })
    return s
  }
  slowRow('`aws cloudfront wait distribution-deployed`', cliRuns)
  slowRow('SDK `waitUntilDistributionDeployed`, defaults', sdkRuns)
  const marks = runs => runs.map(r => ms(r.markedAfter)).join(', ')
  const gaps = summarize(ctx.pollGaps)
  const observed = gaps.n
    ? ` In this run the gaps between its last logged polls were ${ms(gaps.median)} (median; ${ms(gaps.min)} – ${ms(gaps.max)}).`
    : ''
  notes.push(`**1. Detection lag.** The emulator keeps a distribution \`InProgress\` (deploy delay 3600 s)
until the bench calls \`markDeployed(id)\` at a moment T; the lag is from just before that call to the
waiter's process exit, so it includes the last poll, the action's reporting and process exit. The
action runs in deploy mode with \`wait: true\` and new code each run; T is 15-23 s after it starts, when
its polls are 4 s apart with ±15 % jitter (by design in src/aws/poll-schedule.ts: 1 s, growing by 0.5 s
per poll up to 4 s for the first two minutes), so its worst case
is about 4.6 s plus one request.${observed} \`aws cloudfront wait distribution-deployed\` (CLI v1: every 60 s, up to 35
polls) and the SDK's \`waitUntilDistributionDeployed\` with its defaults (minDelay 60 s, maxDelay 2100 s;
\`maxWaitTime\` ${CAP_S} s, the one required parameter) ran in the background during the action's runs, each
on its own distribution, with T after ${marks(cliRuns) || 'n/a'} (CLI) and ${marks(sdkRuns)} (SDK) of
waiting: both poll at 0 s and 60 s, so their lag is 60 s minus that, and anything from 0 to 60 s (SDK: up to
120 s after the second poll) depending on when Deployed happens. Any waiter still running after ${CAP_S} s
is killed and shown as ">".`)
}

// ---------------------------------------------------------------------------------------------
// 8. The poll budget: one deploy whose distribution turns Deployed PROPAGATION_MS after the
// action starts; its polls counted per minute from its own log (one line per poll) and, as a
// cross-check, from the emulator's request log and the job summary.

/** Poll times (ms since the wait began) from the action's progress lines for distribution `id`. */
function pollTimes(stdout, id) {
  const re = new RegExp(`^\\s*(\\d+(?:\\.\\d+)?) s: ${id} \\w+`, 'gm')
  return [...stdout.matchAll(re)].map(m => Number(m[1]) * 1000)
}

async function pollBudget(ctx) {
  const { em, tmp } = ctx
  log(`8 poll budget (${PROPAGATION_MS / 1000} s of emulated propagation)`)
  const fn = await edgeFunction(ctx, 'bench-polls')
  const site = await edgeSite(ctx, fn, 'bench polls')
  const pkg = await handlerZip(tmp, 'polls')
  const run = runAction(em, tmp, deployInputs(fn, site, pkg), {
    timeoutMs: PROPAGATION_MS + 120_000
  })
  let T
  const timer = setTimeout(() => {
    T = performance.now()
    em.markDeployed(site).catch(e => problems.push(`markDeployed ${site}: ${e.message}`))
  }, PROPAGATION_MS)
  const r = await run
  clearTimeout(timer)
  const at = pollTimes(r.stdout, site)
  const logged = (await em.requests()).filter(
    q => q.operation === 'GetDistribution' && q.path.includes(site)
  ).length
  const summarized = Number(/\| (\d+) \|\s*$/m.exec(r.summary ?? '')?.[1] ?? NaN)
  if (r.outputs.status !== 'deployed' || T === undefined)
    problems.push(`poll budget: status ${r.outputs.status}, exit ${r.code}: ${tail(r.stdout)}`)
  if (logged !== at.length)
    problems.push(
      `poll budget: ${at.length} polls logged by the action, ${logged} seen by the emulator`
    )
  const within = (from, to) => at.filter(t => t >= from && t < to).length
  const gaps = at.slice(1).map((t, i) => ({ at: at[i], gap: t - at[i] }))
  const early = summarize(gaps.filter(g => g.at < 120_000).map(g => g.gap))
  const late = summarize(gaps.filter(g => g.at >= 120_000).map(g => g.gap))
  const lateMinutes = Math.max(0, (at.at(-1) ?? 0) - 120_000) / 60_000
  const perMinuteLate = lateMinutes > 0 ? within(120_000, Infinity) / lateMinutes : NaN
  const lag = T === undefined ? NaN : r.end - T
  const ok =
    early.max <= LAG_TARGET_MS && (late.n === 0 || (late.min >= 10_000 && late.max <= 15_500))
  const fixed3s = Math.ceil(PROPAGATION_MS / 3000)
  return () => {
    rows.push({
      n: 8,
      what: `polls, ${PROPAGATION_MS / 1000} s propagation`,
      subject: 'action: GetDistribution per minute',
      median: `${within(0, 60_000)} / ${within(60_000, 120_000)} / ${Number.isFinite(perMinuteLate) ? perMinuteLate.toFixed(1) : 'n/a'}`,
      range: `${at.length} polls in all`,
      runs: 1,
      ratio: `${x(ratio(at.length, fixed3s))} 3-s polls`,
      target: 'gaps ≤ 5 s for 2 min, then 10-15 s',
      result: verdict(r.outputs.status === 'deployed' && at.length > 0 && ok)
    })
    rows.push({
      n: '',
      what: '',
      subject: 'gaps: first 2 min / after',
      median: `${ms(early.median)} / ${ms(late.median)}`,
      range: `${ms(early.min)} – ${ms(early.max)} / ${ms(late.min)} – ${ms(late.max)}`,
      runs: 1,
      ratio: `lag ${ms(lag)}`
    })
    notes.push(`**8. Poll budget.** One deploy (\`wait: true\`) whose distribution the emulator keeps
\`InProgress\` until ${PROPAGATION_MS / 1000} s after the action starts. The polls are the action's own progress lines (one
per \`GetDistribution\`, ${at.length} here; the emulator logged ${logged} for that distribution and the job summary's
"Status polls" cell says ${Number.isFinite(summarized) ? summarized : 'n/a'}). The row shows the calls in the first minute / the second
minute / per minute after that; the schedule (src/aws/poll-schedule.ts) is 1 s growing to 4 s (±15 %) for
two minutes, then 12 s (±15 %), and all pending distributions share 120 then 30 calls a minute. A fixed
3-second poll would have made about ${fixed3s} calls here; the AWS CLI and SDK waiters poll once a minute. The lag
(Deployed to the action's exit) is ${ms(lag)}: after two minutes it can reach one 14 s gap.`)
  }
}

// ---------------------------------------------------------------------------------------------
// 2. A whole deploy with no propagation delay: the action vs the AWS CLI calls a person would script.

async function fullDeploy(ctx) {
  const { em, aws, tmp } = ctx
  log('2 full deploy, deploy delay 0')
  const fa = await edgeFunction(ctx, 'bench-deploy-action')
  const sa = await edgeSite(ctx, fa, 'bench deploy action')
  const fc = await edgeFunction(ctx, 'bench-deploy-cli')
  const sc = await edgeSite(ctx, fc, 'bench deploy cli')
  const action = async tag => {
    const pkg = await handlerZip(tmp, `deploy-action-${tag}`)
    const r = await runAction(em, tmp, deployInputs(fa, sa, pkg), { timeoutMs: 120_000 })
    if (r.outputs.status !== 'deployed') {
      problems.push(`deploy ${tag}: status ${r.outputs.status}, exit ${r.code}: ${tail(r.stdout)}`)
      return NaN
    }
    return r.wallMs
  }
  const script = async tag => {
    const pkg = await handlerZip(tmp, `deploy-cli-${tag}`)
    const env = { ...cliEnv(em, tmp), AWS: aws.bin, ENDPOINT: em.endpoint, PYTHON: ctx.python }
    const r = await timed('bash', [CLI_DEPLOY, fc.name, pkg, sc, EVENT], {
      env,
      timeoutMs: 120_000
    })
    const published = r.stdout.trim().split('\n').pop()
    if (r.code !== 0 || !/:\d+$/.test(published ?? '') || (await liveArn(ctx, sc)) !== published) {
      problems.push(`CLI deploy ${tag}: exit ${r.code}: ${tail(r.stderr)}`)
      return NaN
    }
    return r.wallMs
  }
  await action('warm-up')
  if (aws) await script('warm-up')
  const [as, cs] = await interleaved(RUNS, action, aws ? script : undefined)
  const a = summarize(as)
  const c = summarize(cs)
  const r = ratio(a.median, c.median)
  const phases = await tracedPhases(
    em,
    tmp,
    async i => deployInputs(fa, sa, await handlerZip(tmp, `deploy-traced-${i}`)),
    RUNS
  )
  rows.push({
    n: 2,
    what: 'deploy, no propagation delay',
    subject: 'action (deploy, `wait: true`)',
    ...fmt(a),
    ratio: aws ? `${x(r)} script` : '',
    target: `≤ ${DEPLOY_RATIO_TARGET}x script`,
    result: verdict(aws ? r <= DEPLOY_RATIO_TARGET : undefined)
  })
  rows.push({
    n: '',
    what: '',
    subject: 'AWS CLI script (4 calls + python)',
    ...(aws ? fmt(c) : { median: 'n/a', range: 'n/a', runs: 'SKIP' })
  })
  notes.push(`**2. Deploy, no propagation delay.** Deploy delay 0, so the first \`GetDistribution\` says
Deployed. Each run uploads different code (a comment naming the run) as a prepared .zip, so both publish
a new version and re-point the default behavior's ${EVENT} association. The script
([\`scripts/bench/cli-deploy.sh\`](scripts/bench/cli-deploy.sh)) is what a person would write:
\`aws lambda update-function-code --publish\`, \`aws cloudfront get-distribution-config\`, the association set
by a few lines of Python, \`aws cloudfront update-distribution --if-match\`, and \`aws cloudfront
get-distribution\` until Deployed (once here). It checks nothing and cannot roll back; the action also
runs its whole preflight. Each contender has its own function and distribution; one warm-up run each,
then ${RUNS} runs alternately. The CLI is the executable itself, not a pyenv shim, which would add
tens of ms per call. Wall time is spawn to exit, measured by the bench.
- Where the action's time goes, traced in separate runs: ${describePhases(phases)}.`)
}

// ---------------------------------------------------------------------------------------------
// 3. Cold start: one validate run of the action vs one AWS CLI call. The bundle's load time
// (measurement 6) is taken in the same rounds, so the breakdown compares like with like.

async function coldStart(ctx) {
  const { em, aws, tmp } = ctx
  log('3 cold start (and 6, the bundle load time, in the same rounds)')
  const fn = await edgeFunction(ctx, 'bench-cold')
  const pkg = await handlerZip(tmp, 'cold')
  // Issue 17: timings are taken with smoke-test: false; the smoke run's cost is its own row,
  // measured in the same rounds (the same run with smoke-test: true).
  const inputs = {
    mode: 'validate',
    'function-name': fn.name,
    package: pkg,
    'event-type': EVENT,
    'smoke-test': 'false'
  }
  const validateRun = smoke => async () => {
    const r = await runAction(
      em,
      tmp,
      { ...inputs, 'smoke-test': String(smoke) },
      { timeoutMs: 60_000 }
    )
    if (r.outputs.status !== 'validated') {
      problems.push(`validate: status ${r.outputs.status}, exit ${r.code}: ${tail(r.stdout)}`)
      return NaN
    }
    return r.wallMs
  }
  const action = validateRun(false)
  const withSmoke = validateRun(true)
  const cli = async () => {
    const r = await timed(
      aws.bin,
      ['--endpoint-url', em.endpoint, 'lambda', 'get-function', '--function-name', fn.name],
      { env: cliEnv(em, tmp), timeoutMs: 60_000 }
    )
    if (r.code !== 0) {
      problems.push(`aws lambda get-function: exit ${r.code}: ${tail(r.stderr)}`)
      return NaN
    }
    return r.wallMs
  }
  const empty = join(tmp, 'empty.mjs')
  writeFileSync(empty, '')
  const bareEnv = { PATH: process.env.PATH ?? '' }
  const noInputs = async () => {
    const r = await timed(process.execPath, [DIST], { env: bareEnv, cwd: tmp })
    if (r.code !== 1 || !/function-name/.test(r.stdout))
      problems.push(`node dist/index.js without inputs: exit ${r.code}: ${tail(r.stdout)}`)
    return r.wallMs
  }
  const bare = async () =>
    (await timed(process.execPath, [empty], { env: bareEnv, cwd: tmp })).wallMs
  const nodeE = async () =>
    (await timed(process.execPath, ['-e', ''], { env: bareEnv, cwd: tmp })).wallMs

  await em.clearRequests()
  await action()
  ctx.validateOps = (await em.requests()).map(q => q.operation)
  if (aws) await cli()
  await withSmoke()
  await noInputs()
  await bare()
  await nodeE()
  const [as, cs, ns, bs, es, ss] = (
    await interleaved(RUNS, action, aws ? cli : undefined, noInputs, bare, nodeE, withSmoke)
  ).map(summarize)
  const r = ratio(as.median, cs.median)
  rows.push({
    n: 3,
    what: 'cold start',
    subject: 'action (validate, small package)',
    ...fmt(as),
    ratio: aws ? `${x(r)} CLI call` : '',
    target: `≤ ${COLD_RATIO_TARGET}x CLI call`,
    result: verdict(aws ? r <= COLD_RATIO_TARGET : undefined)
  })
  rows.push({
    n: '',
    what: '',
    subject: '`aws lambda get-function`',
    ...(aws ? fmt(cs) : { median: 'n/a', range: 'n/a', runs: 'SKIP' })
  })
  rows.push({
    n: '',
    what: '',
    subject: '`node -e ""` (the floor)',
    ...fmt(es),
    ratio: `action ${x(ratio(as.median, es.median))}`
  })
  rows.push({
    n: '',
    what: 'smoke run (separate)',
    subject: 'the same validate with `smoke-test: true`',
    ...fmt(ss),
    ratio: `+${ms(ss.median - as.median)} (${x(ratio(ss.median, cs.median))} CLI call)`,
    target: 'report'
  })
  const phases = await tracedPhases(em, tmp, inputs, RUNS)
  const roundTrip = await rtt(ctx, fn.name)
  const load = ns.median - bs.median
  notes.push(`**3. Cold start.** \`node dist/index.js\` in validate mode on a 1-file package with \`smoke-test: false\`
(a new process each run, as the runner starts it) against one AWS CLI call, \`aws lambda get-function\`; ${RUNS} rounds
after one warm-up, each round running the action, the CLI call, the two runs of measurement 6 and the same validate
with \`smoke-test: true\` in turn (the smoke run, which starts the handler in a child Node, is its own row: it adds
${ms(ss.median - as.median)}).
The bundle keeps to what validate runs: the modes, the CloudFront and CloudWatch clients, the folder zip writer,
the \`functions\` YAML parser (yaml, valibot) and @actions/github (octokit, undici) are chunks loaded only by
the runs that need them, and the runner protocol (inputs, workflow commands, GITHUB_OUTPUT, the summary file) is
src/workflow-commands.ts rather than @actions/core, whose OIDC client loads undici at start-up.
Where the action's ${ms(as.median)} goes, from the same rounds: bare Node start-up ${ms(bs.median)}, loading
the bundle ${ms(load)} (measurement 6), and the remaining ${ms(as.median - ns.median)} for the
${ctx.validateOps.length} AWS reads (${ctx.validateOps.map(o => `\`${o}\``).join(', ')}), creating the clients,
opening the package and the checks; one warm request to the emulator takes ${ms(roundTrip)} from an
already loaded SDK.
- Traced in separate runs: ${describePhases(phases)}.`)
  return { bundle: { noInputs: ns, bare: bs } }
}

// ---------------------------------------------------------------------------------------------
// 4. Validating a 50 MB, 10,000-entry zip: wall time and peak RSS of the whole action process.

async function bigPackage(ctx) {
  const { em, tmp } = ctx
  log('4 validate a 50 MB, 10,000-entry zip')
  // 50 MB of data (decimal): with 10,000 entries' headers the file stays under the 50 MiB origin limit.
  const big = await makeBigZip(join(tmp, 'big.zip'), { entries: 10_000, totalBytes: 50_000_000 })
  const handlerFile = 'node_modules/pkg-0/lib/module-0' // an entry of the big zip
  const small = join(tmp, 'small.zip')
  writeFileSync(
    small,
    await zipOf({ [`${handlerFile}.js`]: 'exports.handler = async e => e.Records[0].cf.request\n' })
  )
  const fn = await edgeFunction(ctx, 'bench-origin', {
    handler: `${handlerFile}.handler`,
    timeout: 30
  })
  const validateInputs = pkg => ({
    mode: 'validate',
    'function-name': fn.name,
    package: pkg,
    'event-type': 'origin-request',
    // What is measured here is reading the zip; the smoke run (which unpacks it all and runs the
    // handler) is timed on its own by scripts/bench/smoke-time.mjs.
    'smoke-test': 'false'
  })
  const validate = pkg => async () => {
    const r = await runAction(em, tmp, validateInputs(pkg), { timeoutMs: 60_000, peakRss: true })
    if (r.outputs.status !== 'validated')
      problems.push(
        `validate ${pkg}: status ${r.outputs.status}, exit ${r.code}: ${tail(r.stdout)}`
      )
    return { wall: r.wallMs, cpu: r.cpuMs ?? NaN, rssMb: ((r.peakRssKb ?? NaN) * 1024) / 1e6 }
  }
  await validate(big.path)()
  const [bs, ss] = await interleaved(RUNS, validate(big.path), validate(small))
  const bw = summarize(bs.map(r => r.wall))
  const br = summarize(bs.map(r => r.rssMb))
  const sw = summarize(ss.map(r => r.wall))
  const sr = summarize(ss.map(r => r.rssMb))
  const bc = summarize(bs.map(r => r.cpu))
  const sc = summarize(ss.map(r => r.cpu))
  const cpuNote = bc.n
    ? ` CPU time (user + system, from GNU time) is less disturbed by other work on the machine: ${ms(bc.median)} for the big zip and ${ms(sc.median)} for the 1-file zip (medians).`
    : ''
  const bigPhases = await tracedPhases(em, tmp, validateInputs(big.path), RUNS)
  const smallPhases = await tracedPhases(em, tmp, validateInputs(small), RUNS)
  const mb = v => (Number.isFinite(v) ? `${v.toFixed(0)} MB` : 'n/a')
  const mbRange = s => `${mb(s.min)} – ${mb(s.max)}`
  rows.push({
    n: 4,
    what: `validate ${(big.bytes / 1e6).toFixed(1)} MB, 10,000-entry zip`,
    subject: 'action wall time (origin-request)',
    ...fmt(bw),
    ratio: `${x(ratio(bw.median, sw.median))} 1-file zip`,
    target: `< ${BIG_WALL_TARGET_MS / 1000} s`,
    result: verdict(bw.median < BIG_WALL_TARGET_MS)
  })
  rows.push({
    n: '',
    what: '',
    subject: 'action peak RSS',
    median: mb(br.median),
    range: mbRange(br),
    runs: br.n,
    ratio: `${x(ratio(br.median, sr.median))} 1-file zip`,
    target: `< ${BIG_RSS_TARGET_MB} MB (highest run)`,
    result: verdict(br.n > 0 && br.max < BIG_RSS_TARGET_MB)
  })
  rows.push({
    n: '',
    what: '',
    subject: 'same with a 1-file zip: wall / RSS',
    median: `${ms(sw.median)} / ${mb(sr.median)}`,
    range: `${ms(sw.min)} – ${ms(sw.max)} / ${mbRange(sr)}`,
    runs: sw.n
  })
  notes.push(`**4. A big package.** [\`scripts/make-big-zip.mjs\`](scripts/make-big-zip.mjs) writes ${big.bytes.toLocaleString('en-US')}
bytes in 10,000 stored entries of random data under \`node_modules/pkg-N/lib/\`. The function's handler is
\`${handlerFile}.handler\`, so the handler rule finds its file and reads it (a warning: random bytes export
nothing). The action runs in validate mode with event type origin-request; wall time is spawn to exit
and peak RSS is the kernel's maximum resident set of the node process (${ctx.rssMethod}),
so both cover the whole action: Node start-up, loading the bundle, the AWS reads and the package. The
same function validated with a 1-file zip (the same handler file) is run alternately as the baseline:
the difference, ${ms(bw.median - sw.median)} and ${mb(br.median - sr.median)} in the medians, is what the
big package costs.${cpuNote}
- Traced, big zip: ${describePhases(bigPhases)}.
- Traced, 1-file zip: ${describePhases(smallPhases)}.
- So the first AWS request comes ${ms(bigPhases.firstRequest - smallPhases.firstRequest)} later with the big
  zip: that much of the package's cost is paid before any AWS call, not beside them.`)
}

// ---------------------------------------------------------------------------------------------
// 5. AWS calls per deploy and per unchanged re-deploy, counted at the HTTP level by the emulator.

// The fewest calls the API allows for what the action promises (validate everything, refuse before
// any write, tell unchanged from changed, IfMatch, a described version, wait until Deployed), with
// why each is needed. `A|B`: either. Matched as a multiset: an observed call with no entry left is
// an extra call.
const FLOOR_DEPLOY = [
  ['GetFunction', "configuration, tags, code hash and role: the rules' facts"],
  ['GetRole', "the execution role's trust policy"],
  ['GetRuntimeManagementConfig', 'the runtime-management rule; no other call returns it'],
  ['GetDistributionConfig', 'the config and its ETag for IfMatch (once per distribution)'],
  [
    'GetFunctionConfiguration',
    "the live version's code hash and configuration: is this deploy a no-op?"
  ],
  ['UpdateFunctionCode', 'the upload'],
  ['GetFunction', 'at least one poll: AWS refuses PublishVersion while the update is InProgress'],
  ['PublishVersion', 'the only way to give the version its description'],
  ['UpdateDistribution', 'with IfMatch (once per distribution)'],
  ['GetDistribution', 'at least one poll until Deployed (once per distribution)']
]
const FLOOR_UNCHANGED = FLOOR_DEPLOY.slice(0, 5)
// Issue 17 counts calls "the lock and journal calls aside": both live on the function's alias
// (src/aws/alias-store.ts: lease, journal), so every *Alias call is counted apart.
const isLockOrJournal = op => /^(Get|Create|Update|Delete)Alias$/.test(op)
// Rollback with the fewest calls the API allows (issue 17: 9 to 10 were enough for the 13 it
// made then, alias reads included): at most 7 besides the lock and journal.
const ROLLBACK_MAX_CALLS = 7

/** Observed calls that no floor entry accounts for. */
function extraCalls(ops, floor) {
  const left = floor.map(([name]) => name.split('|'))
  const extra = []
  for (const op of ops) {
    const i = left.findIndex(alts => alts.includes(op))
    if (i >= 0) left.splice(i, 1)
    else extra.push(op)
  }
  return extra
}

async function callCounts(ctx) {
  const { em, tmp } = ctx
  log('5 AWS calls per mode')
  const fn = await edgeFunction(ctx, 'bench-calls')
  const site = await edgeSite(ctx, fn, 'bench calls')
  const pkg = await handlerZip(tmp, 'calls')
  const once = async (expected, inputs = deployInputs(fn, site, pkg)) => {
    await em.clearRequests()
    const r = await runAction(em, tmp, inputs, { timeoutMs: 120_000 })
    const reqs = await em.requests()
    if (r.outputs.status !== expected)
      problems.push(`calls: expected ${expected}, got ${r.outputs.status}: ${tail(r.stdout)}`)
    const all = reqs.map(q => q.operation ?? `${q.method} ${q.path}`)
    return {
      ops: all.filter(op => !isLockOrJournal(op)),
      lockJournal: all.filter(isLockOrJournal),
      mutating: reqs.filter(q => q.mutating && !isLockOrJournal(q.operation)).map(q => q.operation),
      status: r.outputs.status
    }
  }
  const validate = await once('validated', {
    mode: 'validate',
    'function-name': fn.name,
    package: pkg,
    'event-type': EVENT
  })
  const planned = await once('planned', { ...deployInputs(fn, site, pkg), mode: 'plan' })
  const deploy = await once('deployed')
  const again = await once('unchanged')
  const rolledBack = await once('rolled-back', {
    mode: 'rollback',
    'function-name': fn.name,
    'distribution-id': site,
    'event-type': EVENT,
    'cache-behavior': 'default',
    'rollback-to': 'previous',
    wait: 'true',
    'wait-timeout-seconds': '600'
  })
  const floor = FLOOR_DEPLOY
  const floorMutating = floor.filter(([n]) => /^(Update|Publish|Create)/.test(n)).length
  const extraDeploy = extraCalls(deploy.ops, floor)
  const extraAgain = extraCalls(again.ops, FLOOR_UNCHANGED)
  const extras = e => (e.length ? `extra: ${e.join(', ')}` : '')
  rows.push({
    n: 5,
    what: 'AWS calls per deploy',
    subject: `action (${deploy.status})`,
    median: `${deploy.ops.length} calls, ${deploy.mutating.length} mutating (+${deploy.lockJournal.length} lock/journal)`,
    range: extras(extraDeploy),
    runs: 1,
    ratio: `floor ${floor.length}, ${floorMutating}`,
    target: 'no call beyond the floor',
    result: verdict(deploy.status === 'deployed' && extraDeploy.length === 0)
  })
  rows.push({
    n: '',
    what: 'unchanged re-deploy',
    subject: `action (${again.status})`,
    median: `${again.ops.length} calls, ${again.mutating.length} mutating (+${again.lockJournal.length} lock/journal)`,
    range: extras(extraAgain),
    runs: 1,
    ratio: `floor ${FLOOR_UNCHANGED.length}, 0`,
    target: '0 mutating, no call beyond the floor',
    result: verdict(
      again.status === 'unchanged' && again.mutating.length === 0 && extraAgain.length === 0
    )
  })
  const FLOOR_VALIDATE = FLOOR_DEPLOY.slice(0, 3)
  const extraValidate = extraCalls(validate.ops, FLOOR_VALIDATE)
  const modeRow = (what, run, expected, floor, extra) => ({
    n: '',
    what,
    subject: `action (${run.status})`,
    median: `${run.ops.length} calls, ${run.mutating.length} mutating (+${run.lockJournal.length} lock/journal)`,
    range: extra ? extras(extra) : '',
    runs: 1,
    ratio: floor === undefined ? '' : `floor ${floor}, 0`,
    target: floor === undefined ? 'report' : 'no call beyond the floor',
    result: floor === undefined ? '' : verdict(run.status === expected && extra.length === 0)
  })
  rows.push(modeRow('validate', validate, 'validated', FLOOR_VALIDATE.length, extraValidate))
  rows.push(modeRow('plan', planned, 'planned'))
  rows.push({
    ...modeRow('rollback to the previous version', rolledBack, 'rolled-back'),
    target: `≤ ${ROLLBACK_MAX_CALLS} calls (+ lock/journal)`,
    result: verdict(
      rolledBack.status === 'rolled-back' && rolledBack.ops.length <= ROLLBACK_MAX_CALLS
    )
  })
  for (const [name, run, expected] of [
    ['plan', planned, 'planned'],
    ['rollback', rolledBack, 'rolled-back']
  ])
    if (run.status !== expected) problems.push(`calls: ${name} ended ${run.status}`)
  const list = ops => ops.map(o => `\`${o}\``).join(', ')
  notes.push(`**5. AWS calls.** Counted by the emulator at the HTTP level (every AWS request, with its
operation name from botocore's models; \`mutating\` is false only for Get/List/Describe/Head), with
deploy delay 0, one distribution and one cache behavior. The lock and the journal (both kept on the
function's \`lambda-edge-live\` alias: every \`*Alias\` call) are counted apart, as issue 17 asks. The floor is the fewest calls the API allows
for what the action promises; an observed call that no floor entry accounts for is "extra" and fails
the target.
- Deploy of new code, ${deploy.ops.length} calls (mutating: ${list(deploy.mutating) || 'none'}): ${list(deploy.ops)}; lock and journal: ${list(deploy.lockJournal) || 'none'}.
- The same inputs again, ${again.ops.length} calls (mutating: ${list(again.mutating) || 'none'}): ${list(again.ops)}.
- Validate, ${validate.ops.length} calls: ${list(validate.ops)}; its floor is the first ${FLOOR_VALIDATE.length} reads of the deploy floor.
- Plan, ${planned.ops.length} calls (mutating: ${list(planned.mutating) || 'none'}): ${list(planned.ops)}.
- Rollback to the previous version after that deploy, ${rolledBack.ops.length} calls (mutating: ${list(rolledBack.mutating) || 'none'}): ${list(rolledBack.ops)}; lock and journal: ${list(rolledBack.lockJournal) || 'none'}.
- The floor for a deploy, the lock and journal aside:
${floor.map(([n, why]) => `  - \`${n}\`: ${why}`).join('\n')}
- The floor for an unchanged re-deploy is its first ${FLOOR_UNCHANGED.length} reads, and no write.
- \`UpdateFunctionCode --publish\` would save the poll and the \`PublishVersion\` but publishes with the
  function's description, not the run's. On AWS the waits poll more than once (Lambda's update, and
  CloudFront for minutes); the emulator finishes Lambda updates at once.`)
}

// ---------------------------------------------------------------------------------------------
// 7. Packaging a 20,000-file folder: the action (validate zips the folder as deploy would) vs
// Info-ZIP's `zip -qr -X`, wall time and peak RSS.

async function folderPackage(ctx) {
  const { em, tmp } = ctx
  log(`7 package a ${FOLDER_FILES.toLocaleString('en-US')}-file folder`)
  const fn = await edgeFunction(ctx, 'bench-folder', { timeout: 30 })
  const validate = async dir => {
    const inputs = {
      mode: 'validate',
      'function-name': fn.name,
      package: dir,
      'event-type': 'origin-request',
      // Packaging is what is measured (issue 17: "measure with smoke-test: false"); the smoke run
      // unpacks all 20,000 files and runs the handler, timed on its own by smoke-time.mjs.
      'smoke-test': 'false'
    }
    const r = await runAction(em, tmp, inputs, { timeoutMs: 300_000, peakRss: true })
    return {
      wall: r.wallMs,
      cpu: r.cpuMs ?? NaN,
      rssMb: ((r.peakRssKb ?? NaN) * 1024) / 1e6,
      status: r.outputs.status,
      tail: tail(r.stdout)
    }
  }
  const m = await measureFolder({ tmp, runs: QUICK ? 1 : 3, validate, problems })
  const mb = v => (Number.isFinite(v) ? `${v.toFixed(0)} MB` : 'n/a')
  const r = m.zip ? ratio(m.action.wall.median, m.zip.wall.median) : NaN
  rows.push({
    n: 7,
    what: `package a ${FOLDER_FILES.toLocaleString('en-US')}-file folder`,
    subject: 'action (validate the folder): wall',
    ...fmt(m.action.wall),
    ratio: m.zip ? `${x(r)} zip` : '',
    target: `≤ ${FOLDER_RATIO_TARGET}x \`zip -qr -X\``,
    result: verdict(m.zip ? r <= FOLDER_RATIO_TARGET : undefined)
  })
  rows.push({
    n: '',
    what: '',
    subject: 'action: peak RSS',
    median: mb(m.action.rss.median),
    range: `${mb(m.action.rss.min)} – ${mb(m.action.rss.max)}`,
    runs: m.action.rss.n,
    target: `< ${FOLDER_RSS_TARGET_MB} MB (highest run)`,
    result: verdict(m.action.rss.n > 0 && m.action.rss.max < FOLDER_RSS_TARGET_MB)
  })
  // CPU time does not grow with other work on the machine the way wall time does: on a busy
  // machine it tells more about the cost than the wall-time ratio.
  rows.push({
    n: '',
    what: '',
    subject: 'CPU time (user + system): action / zip',
    median: m.zip
      ? `${ms(m.action.cpu.median)} / ${ms(m.zip.cpu.median)}`
      : ms(m.action.cpu.median),
    range: '',
    runs: m.action.cpu.n,
    ratio: m.zip ? `${x(ratio(m.action.cpu.median, m.zip.cpu.median))} zip` : '',
    target: 'report'
  })
  rows.push({
    n: '',
    what: '',
    subject: '`zip -qr -X`: wall / RSS',
    median: m.zip ? `${ms(m.zip.wall.median)} / ${mb(m.zip.rss.median)}` : 'n/a',
    range: m.zip ? `${ms(m.zip.wall.min)} – ${ms(m.zip.wall.max)}` : 'n/a',
    runs: m.zip ? m.zip.wall.n : 'SKIP'
  })
  notes.push(`**7. A 20,000-file folder.** [\`scripts/bench/make-folder.mjs\`](scripts/bench/make-folder.mjs) writes
${m.made.files.toLocaleString('en-US')} JavaScript-like files and the handler's \`index.mjs\` (seeded, so the same bytes everywhere), ${(m.made.bytes / 1e6).toFixed(1)} MB in all, under
\`node_modules/pkg-N/lib/\`. The action validates the folder, so it zips it exactly as deploy would upload it
(src/package/zip-builder.ts: fflate's level-6 deflate, vendored in deflate-raw.mjs to reuse its tables, on the main
thread and, with a second core, a worker thread, taking batches of 128 files in turn), then runs its checks; the
whole
process is measured (Node start-up, the bundle, the AWS reads). Info-ZIP's \`zip -qr -X\` (level 6, one C process)
zips the same folder; one warm-up, then ${m.action.wall.n} runs each, alternately. CPU time of the action (user + system):
${ms(m.action.cpu.median)} (median).`)
}

// ---------------------------------------------------------------------------------------------
// 6. The bundle: its size, and what loading it costs before the action does anything.

function bundle({ noInputs: n, bare: b }) {
  // index.js and the chunks beside it (loaded only by the modes that need them).
  const dir = dirname(DIST)
  const files = readdirSync(dir).filter(f => f.endsWith('.js'))
  const size = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
  const gz = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0)
  const main = statSync(DIST).size
  rows.push({
    n: 6,
    what: 'dist/index.js',
    subject: 'size of dist/*.js (gzip -9); index.js alone',
    median: `${mib(size)} (${mib(gz)}); ${mib(main)}`,
    runs: '',
    target: 'report'
  })
  rows.push({
    n: '',
    what: '',
    subject: '`node dist/index.js`, no inputs',
    ...fmt(n),
    ratio: `${x(ratio(n.median, b.median))} bare node`,
    target: 'report'
  })
  rows.push({ n: '', what: '', subject: 'bare `node empty.mjs`', ...fmt(b) })
  rows.push({
    n: '',
    what: '',
    subject: '→ loading the bundle (difference)',
    median: ms(n.median - b.median),
    runs: ''
  })
  notes.push(`**6. The bundle.** Size of the committed \`dist/index.js\` (and gzip -9 of it, roughly what
the runner downloads with the repository). Its load time cannot be had by importing it, since importing
it runs the action; instead \`node dist/index.js\` runs with no inputs at all: it loads and evaluates the
whole bundle, reads the inputs, prints its input errors and exits 1 before creating any AWS client.
The bare \`node empty.mjs\` (same ESM loader, nothing to load) is subtracted; the difference is the
bundle's parse, compile and top-level evaluation, an upper bound that also includes reading the inputs
and printing. Run in the rounds of measurement 3.`)
}

// ---------------------------------------------------------------------------------------------

function machine(ctx) {
  const cpus = os.cpus()
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    osRelease: os.release(),
    load: `${ctx.loadBefore} before, ${os
      .loadavg()
      .map(v => v.toFixed(2))
      .join(' ')} after`,
    awsCli: ctx.aws ? `${ctx.aws.version} (${ctx.aws.bin})` : 'not found (comparisons skipped)',
    moto: ctx.moto
  }
}

/** The Python that runs the AWS CLI (its shebang), for the script's JSON edit: no shim either. */
function pythonOf(aws) {
  const first = aws ? readFileSync(aws.bin, 'utf8').split('\n', 1)[0] : ''
  const m = /^#!\s*(\S+python\S*)\s*$/.exec(first)
  return m ? m[1] : (process.env.PYTHON ?? 'python3')
}

function motoVersion() {
  try {
    // The Python the emulator runs on (ensurePython, via startEmulator, remembers it).
    return execFileSync(process.env.LED_EMULATOR_PYTHON ?? process.env.PYTHON ?? 'python3', [
      '-c',
      'import moto; print(moto.__version__)'
    ])
      .toString()
      .trim()
  } catch {
    return 'unknown'
  }
}

async function rtt(ctx, name) {
  const lambda = clients(ctx.em).lambda
  const samples = []
  for (let i = 0; i < 11; i++) {
    const t = performance.now()
    await lambda.send(new GetFunctionCommand({ FunctionName: name }))
    samples.push(performance.now() - t)
  }
  return summarize(samples.slice(1)).median
}

// ---------------------------------------------------------------------------------------------
// 8. Three functions on one distribution: three single-function steps vs one `functions` step.

async function threeFunctions(ctx) {
  log('10 three functions: three steps vs one functions step')
  const m = await measureFunctions(ctx, 'bench')
  problems.push(...m.problems)
  rows.push({
    n: 10,
    what: `3 functions, one distribution, propagation ${m.delaySeconds} s`,
    subject: 'three single-function steps',
    median: ms(m.steps.wallMs),
    range: `${m.steps.updates} UpdateDistribution`,
    runs: 1
  })
  rows.push({
    n: '',
    what: '',
    subject: 'one step with `functions`',
    median: ms(m.list.wallMs),
    range: `${m.list.updates} UpdateDistribution`,
    runs: 1,
    ratio: `${x(ratio(m.list.wallMs, m.steps.wallMs))} steps`,
    target: '1 UpdateDistribution',
    result: verdict(m.list.updates === 1)
  })
  notes.push(`**10. Three functions, one distribution.** auth (viewer-request), rewrite (origin-request) and
headers (viewer-response), each with new code, with the emulator's propagation delay at ${m.delaySeconds} s.
Three steps run \`node dist/index.js\` three times one after the other, as three workflow steps do: three
UpdateDistribution calls and three waits. One step with the \`functions\` input publishes the three
versions side by side, then sends one UpdateDistribution carrying the three slots and waits once.
UpdateDistribution calls are counted at the emulator; wall time is spawn to exit, summed over the steps.`)
}

// ---------------------------------------------------------------------------------------------
// 9. A canary next to a direct deploy: AWS calls, writes and propagation waits.

async function canaryCost(ctx) {
  log('9 canary: direct deploy vs canary deploys')
  const m = await measureCanary(ctx, 'bench')
  problems.push(...m.problems)
  const { direct, first, later, header } = m.runs
  const row = (subject, r, extra = {}) => ({
    n: '',
    what: '',
    subject,
    median: `${r.requests} calls, ${r.mutating.length} mutating, ${r.waits} wait(s)`,
    range: ms(r.wallMs),
    runs: 1,
    ...extra
  })
  rows.push({
    ...row('direct deploy', direct),
    n: 9,
    what: `canary vs direct, propagation ${m.delaySeconds} s`
  })
  rows.push(
    row('first `canary: 10%` (creates staging + policy)', first, {
      ratio: `${x(ratio(first.wallMs, direct.wallMs))} direct`
    })
  )
  rows.push(
    row('later `canary: 10%`', later, {
      ratio: `${x(ratio(later.wallMs, direct.wallMs))} direct`,
      target: '2 waits (staging, primary)',
      result: verdict(later.status === 'deployed' && later.waits === 2)
    })
  )
  rows.push(
    row('later `canary: header`', header, {
      ratio: `${x(ratio(header.wallMs, direct.wallMs))} direct`
    })
  )
  const list = ops => ops.map(o => `\`${o}\``).join(', ')
  const ops = r =>
    Object.entries(r.byOperation)
      .map(([op, n]) => `${op} ${n}`)
      .join(', ')
  notes.push(`**9. A canary next to a direct deploy.** One function, one distribution (HTTP/2), the emulator's
propagation at ${m.delaySeconds} s; four \`node dist/index.js\` runs in a row, each with new code, all promoting
automatically and with no health check or bake (each adds the same to both). A wait is one wait until
Deployed (on AWS, minutes each); wall time is spawn to exit.
- Direct: ${direct.requests} calls; writes: ${list(direct.mutating)}; ${direct.waits} wait(s). By operation: ${ops(direct)}.
- First \`canary: 10%\`: ${first.requests} calls; writes: ${list(first.mutating)}; ${first.waits} wait(s). By operation: ${ops(first)}.
- Later \`canary: 10%\`: ${later.requests} calls; writes: ${list(later.mutating)}; ${later.waits} wait(s). By operation: ${ops(later)}.
- Later \`canary: header\`: ${header.requests} calls; writes: ${list(header.mutating)}; ${header.waits} wait(s).
The lock and the deploy journal are Lambda aliases (\`GetAlias\`/\`CreateAlias\`/\`UpdateAlias\`), the same in every run.`)
}

async function main() {
  const began = performance.now()
  const tmp = mkdtempSync(join(os.tmpdir(), 'led-bench-'))
  const aws = findAwsCli()
  if (!aws) log('no aws CLI found (pip install awscli, or set AWS_CLI): comparisons are skipped')
  const em = await startEmulator({ deployDelaySeconds: 0 })
  const ctx = {
    em,
    tmp,
    aws,
    python: pythonOf(aws),
    moto: motoVersion(),
    pollGaps: [],
    loadBefore: os
      .loadavg()
      .map(v => v.toFixed(2))
      .join(' '),
    rssMethod:
      statSync('/usr/bin/time', { throwIfNoEntry: false }) !== undefined
        ? 'GNU `/usr/bin/time -v`'
        : '/proc/PID/status VmHWM, polled every 2 ms'
  }
  log(`emulator on ${em.endpoint}; AWS CLI: ${aws ? aws.bin : 'none'}`)
  try {
    ctx.role = await createEdgeRole(em, { name: 'bench-edge-role' })
    if (wanted('lag') || wanted('polls')) {
      await em.setDeployDelay(3600) // InProgress until markDeployed
      const [, pollRows] = await Promise.all([
        wanted('lag') ? detectionLag(ctx) : undefined,
        wanted('polls') ? pollBudget(ctx) : undefined
      ])
      await em.setDeployDelay(0)
      pollRows?.()
    }
    if (wanted('deploy')) await fullDeploy(ctx)
    const cold = wanted('cold') ? await coldStart(ctx) : undefined
    if (wanted('big')) await bigPackage(ctx)
    if (wanted('calls')) await callCounts(ctx)
    if (wanted('folder')) await folderPackage(ctx)
    if (wanted('functions')) await threeFunctions(ctx)
    if (wanted('canary')) await canaryCost(ctx)
    if (cold) bundle(cold.bundle)
    if (problems.length)
      notes.push(`**Problems seen in this run** (the numbers they touch are n/a or suspect):
${problems.map(p => `- ${p}`).join('\n')}`)
    const table = renderTable(rows)
    const totalSeconds = (performance.now() - began) / 1000
    const m = machine(ctx)
    console.log(`\n${table}\n`)
    console.log(renderMachine(m))
    if (problems.length) {
      console.log(`\nProblems:\n${problems.map(p => `- ${p}`).join('\n')}`)
      process.exitCode = 1 // a measurement broke; a missed target alone is a result, not an error
    }
    if (!QUICK && !PARTIAL) {
      writeFileSync(
        OUT_FILE,
        renderMarkdown({ table, machine: renderMachine(m), notes, totalSeconds })
      )
      log(`wrote ${OUT_FILE} (${Math.round(totalSeconds)} s in all)`)
    } else {
      // The notes carry the detail behind the rows (call lists, what was run): shown here instead.
      if (PARTIAL) console.log(`\n${notes.join('\n\n')}`)
      log(`--quick or --only: BENCHMARKS.md not written (${Math.round(totalSeconds)} s in all)`)
    }
  } finally {
    await em.stop()
    rmSync(tmp, { recursive: true, force: true })
  }
}

await main().catch(reportSetupError)

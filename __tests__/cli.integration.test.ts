/**
 * The CLI against the emulator: deploy, plan, rollback and prune, with the standard AWS environment
 * for credentials, as on GitLab, CircleCI or a laptop. main() runs in-process; one case runs the
 * bundle npm installs (dist/cli/index.js).
 */
import { tmpdir } from 'node:os'
import { ListVersionsByFunctionCommand } from '@aws-sdk/client-lambda'
import {
  clients,
  createDistribution,
  getDistributionConfig,
  startEmulator,
  type Emulator
} from './harness/emulator.mjs'
import { runCli, runCliBundle } from './helpers/run-cli.js'
import { edgeFunction, mutatingCalls, publishVersion, handlerFolder } from './helpers/world.js'

let em: Emulator
beforeAll(async () => {
  em = await startEmulator()
}, 120_000)
afterAll(async () => em?.stop())
beforeEach(async () => em.reset())

const cli = (args: string[]) => runCli(args, em.env, tmpdir())

async function site() {
  const fnArn = await edgeFunction(em, 'headers')
  const v1 = await publishVersion(em, 'headers')
  const dist = await createDistribution(em, {
    associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
  })
  await em.markDeployed(dist.id)
  return { fnArn, dist }
}

const common = (dist: string) => [
  '--function',
  'headers',
  '--distribution-id',
  dist,
  '--event-type',
  'viewer-response'
]
const live = async (id: string) =>
  (await getDistributionConfig(em, id)).config.DefaultCacheBehavior!.LambdaFunctionAssociations!
    .Items![0]!.LambdaFunctionARN
const versions = async () =>
  (await clients(em).lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'headers' })))
    .Versions!.map(v => v.Version)
    .filter(v => v !== '$LATEST')

describe('the CLI bundle (dist/cli/index.js, what npm installs)', () => {
  it('starts under Node and deploys', async () => {
    const { fnArn, dist } = await site()
    const r = await runCliBundle(
      ['deploy', ...common(dist.id), '--package', handlerFolder('bundle'), '--json'],
      em.env,
      tmpdir()
    )
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'deployed', version: '2' })
    expect(await live(dist.id)).toBe(`${fnArn}:2`)
    // The bundled SDK's warning about its own future releases is not the CLI's users' concern
    // (on Node 20, where CI runs, the SDK would print it on every run).
    expect(r.stderr).not.toContain('NodeVersionSupportWarning')
  })
})

describe('the CLI', () => {
  it.each([
    ['a laptop', {}, /aws sso login/],
    ['another CI', { CI: 'true' }, /AWS_WEB_IDENTITY_TOKEN_FILE/]
  ])(
    'without credentials on %s: says how to get them there, not a GitHub step',
    async (_, extra, advice) => {
      const noKeys: Record<string, string> = { ...em.env }
      delete noKeys.AWS_ACCESS_KEY_ID
      delete noKeys.AWS_SECRET_ACCESS_KEY
      const r = await runCli(
        ['validate', '--function', 'headers', '--event-type', 'viewer-request'],
        { ...noKeys, ...extra },
        tmpdir()
      )
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(/credentials are missing or expired/)
      expect(r.stdout).toMatch(advice)
      expect(r.stdout).not.toMatch(/configure-aws-credentials|this step/)
    }
  )

  it('--help documents the commands and exit codes; a bad command line exits 2', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Exit codes: 0 success/)
    const bad = await cli(['deploy', '--function', 'headers', '--event-type', 'viewer_request'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Input "event-type"')
    expect((await cli(['launch'])).code).toBe(2)
    const missing = await cli([
      'validate',
      '--function',
      'headers',
      '--event-type',
      'viewer-request',
      '--package',
      '/no/such/dir'
    ])
    expect(missing.code).toBe(2)
    expect(missing.stdout).toContain('Input "package"')
  })

  it('deploys, plans and rolls back with --json output', async () => {
    const { fnArn, dist } = await site()
    const deployed = await cli([
      'deploy',
      ...common(dist.id),
      '--package',
      handlerFolder('a'),
      '--json'
    ])
    expect(deployed.code).toBe(0)
    const result = JSON.parse(deployed.stdout)
    expect(result).toMatchObject({ status: 'deployed', version: '2', 'previous-version': '1' })
    expect(await live(dist.id)).toBe(`${fnArn}:2`)

    await em.clearRequests()
    const planned = await cli(['plan', ...common(dist.id), '--package', handlerFolder('b')])
    expect(planned.code).toBe(0)
    expect(planned.stdout).toMatch(/status: planned/)
    expect(planned.stdout).toMatch(/\| 2 \| next \|/)
    expect(await mutatingCalls(em)).toEqual([])

    const rolled = await cli(['rollback', ...common(dist.id), '--rollback-to', 'previous'])
    expect(rolled.code).toBe(0)
    expect(rolled.stdout).toMatch(/status: rolled-back/)
    expect(await live(dist.id)).toBe(`${fnArn}:1`)
  })

  it('exits 1 with the findings when validation fails', async () => {
    await site()
    const r = await cli([
      'validate',
      '--function',
      'headers',
      '--event-type',
      'viewer-request',
      '--timeout',
      '31'
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/error: \[timeout\]/)
  })

  it('prunes only unreferenced, unprotected old versions and tolerates replicated ones', async () => {
    const { fnArn, dist } = await site()
    for (const tag of ['v2', 'v3', 'v4'])
      expect(
        (await cli(['deploy', ...common(dist.id), '--package', handlerFolder(tag)])).code
      ).toBe(0)
    // Never associated: versions 5 and 6. Live: 4. Last good for rollback: 3.
    const { UpdateFunctionCodeCommand } = await import('@aws-sdk/client-lambda')
    const { makeZip } = await import('./helpers/zip.js')
    for (const n of [5, 6]) {
      await clients(em).lambda.send(
        new UpdateFunctionCodeCommand({
          FunctionName: 'headers',
          ZipFile: await makeZip({ 'index.mjs': `// ${n}\nexport const handler = 1\n` })
        })
      )
      await publishVersion(em, 'headers')
    }
    expect(await versions()).toEqual(['1', '2', '3', '4', '5', '6'])
    // Version 2 is still referenced by another distribution: it must stay whatever the history says.
    const other = await createDistribution(em, {
      behaviors: ['/old/*'],
      associations: [{ cacheBehavior: '/old/*', eventType: 'origin-request', arn: `${fnArn}:2` }]
    })
    await em.markDeployed(other.id)

    const dry = await cli([
      'prune',
      '--function',
      'headers',
      '--prune-keep',
      '1',
      '--dry-run',
      '--json'
    ])
    expect(dry.code).toBe(0)
    expect(JSON.parse(dry.stdout).pruned.wouldDelete).toEqual([5, 1])
    expect(await versions()).toEqual(['1', '2', '3', '4', '5', '6'])

    // 1 was associated once: CloudFront still holds their replicas, so Lambda refuses.
    const first = await cli(['prune', '--function', 'headers', '--prune-keep', '1', '--json'])
    expect(first.code).toBe(0)
    expect(JSON.parse(first.stdout).pruned).toMatchObject({ deleted: [5], skippedReplicated: [1] })
    expect(JSON.parse(first.stdout).pruned.kept).toContainEqual({ version: 2, why: 'referenced' })
    await em.expireReplicas()
    const second = await cli(['prune', '--function', 'headers', '--prune-keep', '1'])
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/deleted: 1\b/)
    expect(await versions()).toEqual(['2', '3', '4', '6'])
    expect(await live(dist.id)).toBe(`${fnArn}:4`)
  })
})

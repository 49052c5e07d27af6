/**
 * The PR comment end to end: the action (run() in-process), the emulator, and a local GitHub REST
 * server.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDistribution, startEmulator, type Emulator } from './harness/emulator.mjs'
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.mjs'
import { runAction } from './helpers/run-action.js'
import { edgeFunction, mutatingCalls, publishVersion, handlerFolder } from './helpers/world.js'

let em: Emulator
let gh: FakeGitHub
beforeAll(async () => {
  em = await startEmulator()
  gh = await startFakeGitHub({ repository: 'octo/edge-site' })
}, 120_000)
afterAll(async () => {
  await em?.stop()
  await gh?.stop()
})
beforeEach(async () => {
  await em.reset()
  gh.failWrites(null)
  gh.clearRequests()
})

const SHA = '0123456789abcdef0123456789abcdef01234567'

function event(name: string, payload: object): Record<string, string> {
  const path = join(mkdtempSync(join(tmpdir(), 'led-event-')), 'event.json')
  writeFileSync(path, JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: path,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '777',
    GITHUB_REPOSITORY: 'octo/edge-site',
    GITHUB_SHA: SHA
  }
}

const pullRequest = (n: number, branch = 'feature/x') =>
  event('pull_request', {
    pull_request: {
      number: n,
      title: 'Add <script>alert(1)</script> headers @everyone',
      head: { ref: branch, sha: SHA }
    },
    number: n
  })

async function site() {
  await edgeFunction(em, 'headers')
  const v1 = await publishVersion(em, 'headers')
  const dist = await createDistribution(em, {
    associations: [{ cacheBehavior: 'default', eventType: 'viewer-response', arn: v1 }]
  })
  await em.markDeployed(dist.id)
  return dist
}

const run = (dist: string, inputs: Record<string, string>, env: Record<string, string>) =>
  runAction(
    {
      'function-name': 'headers',
      'distribution-id': dist,
      'event-type': 'viewer-response',
      'github-token': gh.token,
      ...inputs
    },
    { ...em.env, ...env }
  )

describe('the PR status comment', () => {
  it('plan leaves one comment and changes nothing; a later deploy updates that same comment', async () => {
    const dist = await site()
    await em.clearRequests()
    const plan = await run(dist.id, { mode: 'plan', package: handlerFolder('a') }, pullRequest(12))
    expect(plan.code).toBe(0)
    expect(await mutatingCalls(em)).toEqual([])
    const [planned] = gh.comments(12)
    expect(gh.comments(12)).toHaveLength(1)
    expect(planned!.body).toMatch(/^<!-- lambda-edge-deploy:/)
    expect(planned!.body).toContain('next')
    // The PR title is shown as text, never as HTML or a mention.
    expect(planned!.body).not.toContain('<script>')
    expect(planned!.body).not.toMatch(/@everyone/)

    const deploy = await run(dist.id, { package: handlerFolder('a') }, pullRequest(12))
    expect(deploy.code).toBe(0)
    const comments = gh.comments(12)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.id).toBe(planned!.id)
    expect(comments[0]!.body).toMatch(/deployed/i)
    expect(comments[0]!.body).toContain('rollback-to: 1')
    expect(comments[0]!.body).toContain('https://github.com/octo/edge-site/actions/runs/777')
  })

  it('a push deploy finds the PR of the commit and updates its comment', async () => {
    const dist = await site()
    gh.setPullsForCommit(SHA, [34])
    const r = await run(
      dist.id,
      { package: handlerFolder('b') },
      event('push', { ref: 'refs/heads/main', after: SHA })
    )
    expect(r.code).toBe(0)
    expect(gh.comments(34)).toHaveLength(1)
    expect(gh.comments(34)[0]!.body).toMatch(/deployed/i)
    expect(
      gh.requests().some(q => q.path.startsWith(`/repos/octo/edge-site/commits/${SHA}/pulls`))
    ).toBe(true)
  })

  it('a push after the merge updates the merged PR\'s comment with "live on", not the closed one', async () => {
    const dist = await site()
    gh.setPullsForCommit(SHA, [
      { number: 40, state: 'closed', merged: true },
      { number: 41, state: 'closed' }
    ])
    // The comment the PR's own deploy left earlier is the one that is updated.
    const r1 = await run(dist.id, { package: handlerFolder('m1') }, pullRequest(40))
    expect(r1.code).toBe(0)
    const [fromPr] = gh.comments(40)
    const r = await run(
      dist.id,
      { package: handlerFolder('m2') },
      event('push', { ref: 'refs/heads/main', after: SHA })
    )
    expect(r.code).toBe(0)
    const comments = gh.comments(40)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.id).toBe(fromPr!.id)
    expect(comments[0]!.body).toContain(
      `Live on \`${dist.id}\`: \`headers\` version \`${r.outputs.version}\``
    )
    expect(gh.comments(41)).toEqual([])
  })

  it('a 403 on comment writes (fork PR) leaves the deploy green with a warning', async () => {
    const dist = await site()
    gh.failWrites(403)
    const r = await run(dist.id, { package: handlerFolder('c') }, pullRequest(56))
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('deployed')
    expect(r.stdout).toMatch(/::warning::.*403/)
    // ::add-mask:: is how the runner learns the secret; nothing else may print it.
    const printed = (r.stdout + r.stderr).replace(`::add-mask::${gh.token}`, '')
    expect(printed).not.toContain(gh.token)
  })

  it('comment: false writes nothing to GitHub', async () => {
    const dist = await site()
    const r = await run(dist.id, { package: handlerFolder('d'), comment: 'false' }, pullRequest(78))
    expect(r.code).toBe(0)
    expect(gh.requests()).toEqual([])
  })
})

describe('GitHub Deployments (opt-in)', () => {
  it('records in_progress then success', async () => {
    const dist = await site()
    const r = await run(
      dist.id,
      { package: handlerFolder('e'), environment: 'production' },
      pullRequest(90)
    )
    expect(r.code).toBe(0)
    const [d] = gh.deployments()
    expect(d!.environment).toBe('production')
    expect(d!.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
  })

  it('records failure when the deploy fails', async () => {
    const dist = await site()
    const r = await run(
      dist.id,
      { package: handlerFolder('f'), environment: 'staging', 'cache-behavior': '/missing/*' },
      pullRequest(91)
    )
    expect(r.code).toBe(1)
    const d = gh.deployments().find(x => x.environment === 'staging')
    expect(d!.statuses.map(s => s.state)).toEqual(['in_progress', 'failure'])
  })
})

describe('the PR comment of several functions', () => {
  it('one sticky comment, its headline naming every function, one table with a row each', async () => {
    const dist = await site()
    await edgeFunction(em, 'auth')
    const functions = [
      `- function-name: auth\n  event-type: viewer-request\n  package: ${handlerFolder('fa')}`,
      `- function-name: headers\n  event-type: viewer-response\n  package: ${handlerFolder('fh')}`
    ].join('\n')
    const r = await runAction(
      { functions, 'distribution-id': dist.id, 'github-token': gh.token },
      { ...em.env, ...pullRequest(56) }
    )
    expect([r.code, r.outputs.status]).toEqual([0, 'deployed'])
    const comments = gh.comments(56)
    expect(comments).toHaveLength(1)
    const body = comments[0]!.body
    expect(body).toContain(`Deployed \`auth\`, \`headers\` to \`${dist.id}\``)
    expect(body).toContain('| Function | Version | Slots (from → to) | Status |')
    expect(body).toContain(
      `| \`auth\` | 1 | \`${dist.id}\` \`default\` viewer-request: none → 1 | deployed |`
    )
    expect(body).toContain(
      `| \`headers\` | 2 | \`${dist.id}\` \`default\` viewer-response: 1 → 2 | deployed |`
    )
    // The rollback hint rolls both back in one step.
    expect(body).toContain('--functions functions.yml')
    expect(body).not.toContain('<script>')
  })
})

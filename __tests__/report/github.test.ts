import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import * as github from '@actions/github'
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.mjs'
import { commentMarker } from '../../src/report/comment.js'
import {
  contextTarget,
  createDeployment,
  findPullRequests,
  refOf,
  reportOnPullRequests,
  runUrlOf,
  setDeploymentStatus,
  upsertComment,
  type GitHubTarget
} from '../../src/report/github.js'

const KEY = 'edge-auth-0123456789'
const MARKER = commentMarker(KEY)
const SHA = 'a'.repeat(40)

let gh: FakeGitHub

const prEvent = (number = 7, fork = false): GitHubTarget['payload'] => ({
  number,
  pull_request: {
    number,
    title: 'Add auth',
    head: {
      ref: 'feature/auth',
      sha: SHA,
      repo: { full_name: fork ? 'evil/edge-site' : 'octo-org/edge-site', fork }
    },
    base: { ref: 'main', repo: { full_name: 'octo-org/edge-site', fork: false } }
  }
})

const target = (over: Partial<GitHubTarget> = {}): GitHubTarget => ({
  token: gh.token,
  owner: gh.owner,
  repo: gh.repo,
  eventName: 'pull_request',
  payload: prEvent(),
  sha: SHA,
  apiUrl: gh.url,
  ...over
})

const writes = (): string[] =>
  gh
    .requests()
    .filter(r => r.method !== 'GET')
    .map(r => `${r.method} ${r.path}`)

describe('GitHub adapter (GITHUB_TOKEN: github-actions[bot], GET /user refused)', () => {
  beforeEach(async () => {
    gh = await startFakeGitHub()
  })
  afterEach(async () => {
    await gh.stop()
  })

  it('creates the comment once, then updates the same comment in place', async () => {
    const first = await upsertComment(target(), 7, KEY, `${MARKER}\nfirst`)
    expect(first.created).toBe(true)
    const second = await upsertComment(target(), 7, KEY, `${MARKER}\nsecond`)
    expect(second).toEqual({ id: first.id, created: false })
    const comments = gh.comments(7)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toBe(`${MARKER}\nsecond`)
    expect(comments[0]?.user.login).toBe('github-actions[bot]')
    expect(writes()).toEqual([
      'POST /repos/octo-org/edge-site/issues/7/comments',
      `PATCH /repos/octo-org/edge-site/issues/comments/${first.id}`
    ])
  })

  it('puts the marker first when the body lacks it, so the next run finds the comment', async () => {
    await upsertComment(target(), 7, KEY, 'no marker')
    expect(gh.comments(7)[0]?.body).toBe(`${MARKER}\nno marker`)
  })

  it("ignores a person's comment that carries the same marker", async () => {
    const theirs = gh.seedComment(7, {
      body: `${MARKER}\nfake status`,
      login: 'mallory',
      type: 'User'
    })
    const r = await upsertComment(target(), 7, KEY, `${MARKER}\nreal`)
    expect(r.created).toBe(true)
    expect(r.id).not.toBe(theirs)
    expect(gh.comments(7).find(c => c.id === theirs)?.body).toBe(`${MARKER}\nfake status`)
  })

  it('ignores our comments with another key', async () => {
    gh.seedComment(7, { body: `${commentMarker('other-key')}\nother function` })
    const r = await upsertComment(target(), 7, KEY, `${MARKER}\nmine`)
    expect(r.created).toBe(true)
    expect(gh.comments(7)).toHaveLength(2)
  })

  it('finds its comment on page 2 and stops paginating there', async () => {
    for (let n = 0; n < 150; n++)
      gh.seedComment(7, { body: `chatter ${n}`, login: 'dev', type: 'User' })
    const ours = gh.seedComment(7, { body: `${MARKER}\nold` })
    for (let n = 0; n < 100; n++)
      gh.seedComment(7, { body: `more ${n}`, login: 'dev', type: 'User' })
    gh.clearRequests()
    const r = await upsertComment(target(), 7, KEY, `${MARKER}\nnew`)
    expect(r).toEqual({ id: ours, created: false })
    const pages = gh.requests().filter(x => x.method === 'GET' && x.path.includes('/comments'))
    expect(pages.map(p => p.path)).toEqual([
      '/repos/octo-org/edge-site/issues/7/comments?per_page=100',
      '/repos/octo-org/edge-site/issues/7/comments?per_page=100&page=2'
    ])
    expect(gh.comments(7)).toHaveLength(251)
  })

  it('reports on the PR of a pull_request event and sends the token only as a header', async () => {
    const results = await reportOnPullRequests(target(), KEY, `${MARKER}\nbody`)
    expect(results).toEqual([{ ok: true, value: { pr: 7, id: expect.any(Number), created: true } }])
    for (const r of gh.requests()) {
      expect(r.authorization).toBe(`token ${gh.token}`)
      expect(r.path).not.toContain(gh.token)
    }
  })

  it('finds the open PR of a push through commits/{sha}/pulls', async () => {
    gh.setPullsForCommit(SHA, [{ number: 3, state: 'closed' }, 12])
    const push = target({ eventName: 'push', payload: { ref: 'refs/heads/feature/auth' } })
    expect(await findPullRequests(push)).toEqual([{ number: 12, merged: false }])
    const results = await reportOnPullRequests(push, KEY, `${MARKER}\nbody`)
    expect(results).toEqual([
      { ok: true, value: { pr: 12, id: expect.any(Number), created: true } }
    ])
    expect(gh.comments(3)).toEqual([])
    expect(gh.requests()[0]?.path).toBe(
      `/repos/octo-org/edge-site/commits/${SHA}/pulls?per_page=100`
    )
  })

  it('on a push after the merge, updates the merged PR and skips the one closed unmerged', async () => {
    gh.setPullsForCommit(SHA, [
      { number: 3, state: 'closed' },
      { number: 5, state: 'closed', merged: true },
      12
    ])
    const earlier = gh.seedComment(5, { body: `${MARKER}\nDeploying from the PR` })
    const push = target({ eventName: 'push', payload: { ref: 'refs/heads/main' } })
    expect(await findPullRequests(push)).toEqual([
      { number: 5, merged: true },
      { number: 12, merged: false }
    ])
    const results = await reportOnPullRequests(push, KEY, pr =>
      pr.merged ? `${MARKER}\nlive on E1` : `${MARKER}\nopen`
    )
    expect(results).toEqual([
      { ok: true, value: { pr: 5, id: earlier, created: false } },
      { ok: true, value: { pr: 12, id: expect.any(Number), created: true } }
    ])
    expect(gh.comments(5).map(c => c.body)).toEqual([`${MARKER}\nlive on E1`])
    expect(gh.comments(12).map(c => c.body)).toEqual([`${MARKER}\nopen`])
    expect(gh.comments(3)).toEqual([])
  })

  it('writes nothing when the run has no pull request', async () => {
    const push = target({ eventName: 'push', payload: {} })
    expect(await reportOnPullRequests(push, KEY, 'x')).toEqual([])
    const dispatch = target({ eventName: 'workflow_dispatch', payload: {} })
    expect(await reportOnPullRequests(dispatch, KEY, 'x')).toEqual([])
    expect(writes()).toEqual([])
  })

  it('turns a 403 on write (fork PR, read-only token) into a warning, without the token', async () => {
    gh.failWrites(403)
    const results = await reportOnPullRequests(target({ payload: prEvent(7, true) }), KEY, 'x')
    expect(results).toHaveLength(1)
    const r = results[0]!
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toContain('Could not write the status comment on PR #7')
    expect(r.error).toContain('GitHub answered 403')
    expect(r.error).toContain('forks get a read-only GITHUB_TOKEN')
    expect(r.error).not.toContain(gh.token)
    expect(gh.comments(7)).toEqual([])
  })

  it('advises the permission on a 403 that is not a fork', async () => {
    gh.failWrites(403)
    const [r] = await reportOnPullRequests(target(), KEY, 'x')
    expect(r).toEqual({ ok: false, error: expect.stringContaining('pull-requests: write') })
  })

  it('turns a 404 on the lookup into a warning', async () => {
    gh.failReads(404)
    gh.setPullsForCommit(SHA, [12])
    const [r] = await reportOnPullRequests(target({ eventName: 'push', payload: {} }), KEY, 'x')
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^Could not find the pull request of this run: GitHub answered 404/
      )
    })
  })

  it('turns a bad token into a warning that does not repeat it', async () => {
    const bad = 'ghp_leakedSecretValue123'
    const [r] = await reportOnPullRequests(target({ token: bad }), KEY, 'x')
    expect(r?.ok).toBe(false)
    expect(JSON.stringify(r)).not.toContain(bad)
    expect(JSON.stringify(r)).toContain('401')
  })

  it('turns a network failure into a warning', async () => {
    const t = target()
    await gh.stop()
    const results = await reportOnPullRequests(t, KEY, 'x')
    expect(results).toEqual([
      { ok: false, error: expect.stringContaining('Could not write the status comment on PR #7') }
    ])
    expect(JSON.stringify(results)).not.toContain(t.token)
    expect(JSON.stringify(results)).not.toContain('GitHub answered')
    expect(JSON.stringify(results)).toContain('ECONNREFUSED')
  })

  it('gives up within the time budget when GitHub never answers', async () => {
    const silent = createServer(() => {}) // accepts, never responds
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as AddressInfo
    try {
      const started = Date.now()
      const [r] = await reportOnPullRequests(
        target({ apiUrl: `http://127.0.0.1:${port}` }),
        KEY,
        'x',
        {
          timeoutMs: 300
        }
      )
      expect(r).toEqual({
        ok: false,
        error: expect.stringMatching(
          /^Could not write .*did not answer within the 0.3 s reporting budget/
        )
      })
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      silent.closeAllConnections()
      await new Promise(resolve => silent.close(resolve))
    }
  })

  it('rejects an over-long body with a warning instead of a throw', async () => {
    const [r] = await reportOnPullRequests(target(), KEY, 'x'.repeat(70_000))
    expect(r).toEqual({ ok: false, error: expect.stringContaining('GitHub answered 422') })
  })

  it('reads branch, title and commit from the event', () => {
    expect(refOf(target())).toEqual({ branch: 'feature/auth', title: 'Add auth', sha: SHA })
    expect(refOf(target({ eventName: 'push', payload: { ref: 'refs/heads/main' } }))).toEqual({
      branch: 'main',
      title: undefined,
      sha: SHA
    })
  })

  it('records a deployment and its statuses, best effort', async () => {
    const d = await createDeployment(target(), { environment: 'edge-prod', description: 'v7' })
    expect(d.ok).toBe(true)
    if (!d.ok) return
    const s = await setDeploymentStatus(target(), d.value, {
      state: 'success',
      environmentUrl: 'https://d111.cloudfront.net',
      logUrl: 'https://github.com/o/r/actions/runs/1',
      description: 'x'.repeat(300)
    })
    expect(s).toEqual({ ok: true, value: undefined })
    const [dep] = gh.deployments()
    expect(dep?.request).toMatchObject({
      ref: SHA,
      environment: 'edge-prod',
      auto_merge: false,
      required_contexts: []
    })
    expect(dep?.statuses[0]).toMatchObject({
      state: 'success',
      environment_url: 'https://d111.cloudfront.net'
    })
    expect((dep?.statuses[0]?.description as string).length).toBe(140)
    gh.failWrites(403)
    const denied = await createDeployment(target(), { environment: 'edge-prod' })
    expect(denied).toEqual({ ok: false, error: expect.stringContaining('deployments: write') })
  })
})

describe('GitHub adapter (personal token: GET /user answers)', () => {
  beforeEach(async () => {
    gh = await startFakeGitHub({
      token: 'ghp_personal0123456789',
      viewer: { login: 'deployer', type: 'User' }
    })
  })
  afterEach(async () => {
    await gh.stop()
  })

  it("matches by our own login and ignores another user's or a bot's comment with the marker", async () => {
    gh.seedComment(7, { body: `${MARKER}\nbot`, login: 'github-actions[bot]', type: 'Bot' })
    gh.seedComment(7, { body: `${MARKER}\nhers`, login: 'alice', type: 'User' })
    const mine = gh.seedComment(7, { body: `${MARKER}\nmine` })
    const r = await upsertComment(target(), 7, KEY, `${MARKER}\nupdated`)
    expect(r).toEqual({ id: mine, created: false })
    expect(gh.comments(7).map(c => c.body)).toEqual([
      `${MARKER}\nbot`,
      `${MARKER}\nhers`,
      `${MARKER}\nupdated`
    ])
  })
})

describe('the target from github.context', () => {
  const saved = process.env.GITHUB_REPOSITORY
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_REPOSITORY
    else process.env.GITHUB_REPOSITORY = saved
  })

  it('reads the repository, event and sha, and links the run', async () => {
    process.env.GITHUB_REPOSITORY = 'octo-org/edge-site'
    process.env.GITHUB_RUN_ID = '42'
    github.context.eventName = 'push'
    github.context.sha = SHA
    const t = await contextTarget('tok')
    expect(t).toEqual({
      ok: true,
      value: expect.objectContaining({
        token: 'tok',
        owner: 'octo-org',
        repo: 'edge-site',
        eventName: 'push',
        sha: SHA
      })
    })
    expect(runUrlOf({ owner: 'octo-org', repo: 'edge-site' })).toBe(
      `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/octo-org/edge-site/actions/runs/42`
    )
    delete process.env.GITHUB_RUN_ID
  })

  it('fails with a message, not a throw, outside a workflow run', async () => {
    delete process.env.GITHUB_REPOSITORY
    const t = await contextTarget('tok')
    expect(t).toEqual({ ok: false, error: expect.stringContaining('skipping the PR comment') })
  })
})

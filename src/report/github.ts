/**
 * The one GitHub adapter: finds the pull requests of this run, keeps one sticky comment per key on
 * each (found by marker and author, updated in place) and, optionally, records a GitHub Deployment.
 * Reporting is best effort: the report* and deployment functions never throw, they return warnings.
 */
import type * as GitHubModule from '@actions/github'
import { err, ok, type Result } from '../result.js'
import { commentMarker, type CommentRef } from './comment.js'

/** Where to talk to and about what: github.context in the action, a literal in tests. */
export interface GitHubTarget {
  token: string
  owner: string
  repo: string
  eventName: string
  payload: Readonly<Record<string, unknown>>
  sha: string
  /** Default: GITHUB_API_URL (through @actions/github), else https://api.github.com. */
  apiUrl?: string
}

export interface PostedComment {
  pr: number
  id: number
  created: boolean
}

/** A pull request this run reports on; `merged` for a push that brought a merged PR's change. */
export interface PullRef {
  number: number
  merged: boolean
}

/** One body for every PR, or one per PR (a merged PR is told its change is now live). */
export type CommentBody = string | ((pr: PullRef) => string)

export interface ReportOptions {
  /** The whole report's time budget: a hung API must not hold a finished deploy hostage. */
  timeoutMs?: number
}

type Octokit = ReturnType<typeof GitHubModule.getOctokit>

/**
 * @actions/github (octokit and undici) is loaded only by runs that talk to GitHub: validate and the
 * CLI never pay its start-up cost. Importing it also parses the event file, which may throw: that
 * becomes a warning where it is called, never a crash.
 */
let loaded: Promise<typeof GitHubModule> | undefined
// A chunk of its own beside dist/index.js: not even parsed by a run that does not comment
// (scripts/package.mjs writes licenses.txt from every chunk).
const loadGitHub = (): Promise<typeof GitHubModule> => (loaded ??= import('@actions/github'))

interface IssueComment {
  id: number
  body?: string | null
  user?: { login: string; type?: string } | null
}

/** Whose comments we may take over: our own login, or (when GET /user is refused) any app bot. */
type Author = { kind: 'login'; login: string } | { kind: 'bot' }

const DEFAULT_TIMEOUT_MS = 30_000

/** One report's time budget, shared by all of its requests. */
interface Budget {
  ms: number
  signal: AbortSignal
}

function budgetOf(opts: ReportOptions): Budget {
  const ms = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  return { ms, signal: AbortSignal.timeout(ms) }
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

/** The action's target from github.context; fails (instead of throwing) outside a workflow run. */
export async function contextTarget(token: string): Promise<Result<GitHubTarget, string>> {
  try {
    const ctx = (await loadGitHub()).context
    const { owner, repo } = ctx.repo
    return ok({
      token,
      owner,
      repo,
      eventName: ctx.eventName,
      payload: ctx.payload,
      sha: ctx.sha,
      apiUrl: ctx.apiUrl
    })
  } catch (e) {
    return err(
      `No GitHub repository in this environment (${messageOf(e)}); skipping the PR comment.`
    )
  }
}

/** The link to this run, for the comment and the deployment status. */
export function runUrlOf(target: Pick<GitHubTarget, 'owner' | 'repo'>): string | undefined {
  // The same variables github.context reads, without loading it.
  const runId = process.env.GITHUB_RUN_ID
  if (!runId) return undefined
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com'
  return `${server}/${target.owner}/${target.repo}/actions/runs/${runId}`
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/** Branch, PR title and commit as the event describes them (all foreign text: the renderer escapes). */
export function refOf(target: GitHubTarget): CommentRef {
  const pr = record(target.payload.pull_request)
  const head = record(pr?.head)
  const pushRef = text(target.payload.ref)
  return {
    branch: text(head?.ref) ?? pushRef?.replace(/^refs\/heads\//, ''),
    title: text(pr?.title),
    sha: text(head?.sha) ?? target.sha
  }
}

async function octokitFor(target: GitHubTarget, budget?: Budget): Promise<Octokit> {
  const octokit = (await loadGitHub()).getOctokit(
    target.token,
    target.apiUrl !== undefined ? { baseUrl: target.apiUrl } : {}
  )
  // A hook, not the `request` option: that option would replace @actions/github's proxy-aware fetch.
  if (budget) {
    const { signal } = budget
    octokit.hook.before('request', options => {
      options.request = { ...options.request, signal }
    })
  }
  return octokit
}

const repoOf = (t: GitHubTarget): { owner: string; repo: string } => ({
  owner: t.owner,
  repo: t.repo
})

/**
 * The pull requests this run is about: the event's PR, or for a push the PRs associated with this
 * commit that are open or merged (the usual flow deploys on the push that merges a PR). Other events
 * (workflow_dispatch, schedule, ...) have none. Throws on API errors.
 */
export async function findPullRequests(target: GitHubTarget): Promise<PullRef[]> {
  return pullRequestsWith(await octokitFor(target), target)
}

async function pullRequestsWith(octokit: Octokit, target: GitHubTarget): Promise<PullRef[]> {
  if (PR_EVENTS.has(target.eventName)) {
    const n = record(target.payload.pull_request)?.number ?? target.payload.number
    return typeof n === 'number' ? [{ number: n, merged: false }] : []
  }
  if (target.eventName !== 'push') return []
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repoOf(target),
    commit_sha: target.sha,
    per_page: 100
  })
  // "List pull requests associated with a commit" (docs.github.com/rest/commits/commits) lists
  // open, merged and closed PRs; a PR closed without merging never shipped, so it hears nothing.
  return data.flatMap((pr): PullRef[] =>
    pr.state === 'open'
      ? [{ number: pr.number, merged: false }]
      : pr.merged_at
        ? [{ number: pr.number, merged: true }]
        : []
  )
}

/**
 * Who we are. GET /user answers 403 for GITHUB_TOKEN and other app installation tokens; their
 * comments are then authored by a Bot account (github-actions[bot] for GITHUB_TOKEN), and only an
 * app can author as a Bot, so a marker a person pasted into their own comment is never taken over.
 */
async function whoAmI(octokit: Octokit): Promise<Author> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return { kind: 'login', login: data.login }
  } catch {
    return { kind: 'bot' }
  }
}

const isOurs = (c: IssueComment, marker: string, author: Author): boolean =>
  (c.body ?? '').startsWith(marker) &&
  (author.kind === 'login' ? c.user?.login === author.login : c.user?.type === 'Bot')

/** The oldest comment of ours with the marker; stops paginating as soon as it is found. */
async function findComment(
  octokit: Octokit,
  target: GitHubTarget,
  pr: number,
  marker: string,
  author: Author
): Promise<IssueComment | undefined> {
  let found: IssueComment | undefined
  await octokit.paginate(
    octokit.rest.issues.listComments,
    { ...repoOf(target), issue_number: pr, per_page: 100 },
    (response, done) => {
      found = response.data.find(c => isOurs(c, marker, author))
      if (found) done()
      return []
    }
  )
  return found
}

// The marker is how the next run finds this comment again, so the adapter guarantees it is first.
const withMarker = (body: string, marker: string): string =>
  body.startsWith(marker) ? body : `${marker}\n${body}`

async function upsertWith(
  octokit: Octokit,
  target: GitHubTarget,
  author: Author,
  pr: number,
  key: string,
  body: string
): Promise<PostedComment> {
  const marker = commentMarker(key)
  const full = withMarker(body, marker)
  const existing = await findComment(octokit, target, pr, marker, author)
  if (existing) {
    await octokit.rest.issues.updateComment({
      ...repoOf(target),
      comment_id: existing.id,
      body: full
    })
    return { pr, id: existing.id, created: false }
  }
  const { data } = await octokit.rest.issues.createComment({
    ...repoOf(target),
    issue_number: pr,
    body: full
  })
  return { pr, id: data.id, created: true }
}

/** Updates our comment with this key on the PR, or creates it. Throws on API errors. */
export async function upsertComment(
  target: GitHubTarget,
  prNumber: number,
  key: string,
  body: string
): Promise<{ id: number; created: boolean }> {
  const octokit = await octokitFor(target)
  const { id, created } = await upsertWith(
    octokit,
    target,
    await whoAmI(octokit),
    prNumber,
    key,
    body
  )
  return { id, created }
}

/**
 * Best effort: one result per pull request of this run ([] when there is none). Never throws; a
 * failure (fork PR with a read-only token, 404, network, timeout) is a warning string without the token.
 */
export async function reportOnPullRequests(
  target: GitHubTarget,
  key: string,
  body: CommentBody,
  opts: ReportOptions = {}
): Promise<Result<PostedComment, string>[]> {
  const budget = budgetOf(opts)
  let octokit: Octokit
  let prs: PullRef[]
  try {
    octokit = await octokitFor(target, budget)
    prs = await pullRequestsWith(octokit, target)
  } catch (e) {
    return [err(warning(target, 'Could not find the pull request of this run', e, budget))]
  }
  if (prs.length === 0) return []
  const author = await whoAmI(octokit)
  const results: Result<PostedComment, string>[] = []
  for (const pr of prs) {
    const text = typeof body === 'string' ? body : body(pr)
    try {
      results.push(ok(await upsertWith(octokit, target, author, pr.number, key, text)))
    } catch (e) {
      results.push(
        err(warning(target, `Could not write the status comment on PR #${pr.number}`, e, budget))
      )
    }
  }
  return results
}

export type DeploymentState =
  'in_progress' | 'queued' | 'success' | 'failure' | 'error' | 'inactive' | 'pending'

export interface DeploymentRequest {
  environment: string
  /** Default: the target's sha. */
  ref?: string
  description?: string
  transient?: boolean
  production?: boolean
}

/** Best effort: a GitHub Deployment for this commit; returns its id or a warning. */
export async function createDeployment(
  target: GitHubTarget,
  req: DeploymentRequest,
  opts: ReportOptions = {}
): Promise<Result<number, string>> {
  const budget = budgetOf(opts)
  try {
    const octokit = await octokitFor(target, budget)
    const { data } = await octokit.rest.repos.createDeployment({
      ...repoOf(target),
      ref: req.ref ?? target.sha,
      environment: req.environment,
      description: req.description?.slice(0, 140),
      transient_environment: req.transient,
      production_environment: req.production,
      // The deploy already ran its checks and must not merge the default branch into the ref.
      auto_merge: false,
      required_contexts: []
    })
    if (!('id' in data))
      return err(`GitHub did not create a deployment: ${data.message ?? 'no reason given'}`)
    return ok(data.id)
  } catch (e) {
    return err(
      warning(target, `Could not create a GitHub deployment for ${req.environment}`, e, budget)
    )
  }
}

export interface DeploymentStatusRequest {
  state: DeploymentState
  environmentUrl?: string
  logUrl?: string
  description?: string
}

/** Best effort: a status on a deployment made by createDeployment. */
export async function setDeploymentStatus(
  target: GitHubTarget,
  deploymentId: number,
  req: DeploymentStatusRequest,
  opts: ReportOptions = {}
): Promise<Result<void, string>> {
  const budget = budgetOf(opts)
  try {
    const octokit = await octokitFor(target, budget)
    await octokit.rest.repos.createDeploymentStatus({
      ...repoOf(target),
      deployment_id: deploymentId,
      state: req.state,
      environment_url: req.environmentUrl,
      log_url: req.logUrl,
      // GitHub rejects descriptions over 140 characters.
      description: req.description?.slice(0, 140)
    })
    return ok(undefined)
  } catch (e) {
    return err(
      warning(target, `Could not set deployment ${deploymentId} to ${req.state}`, e, budget)
    )
  }
}

/**
 * The error's message and those of its causes: a network failure says only "fetch failed" and
 * keeps the useful part (ECONNREFUSED, ENOTFOUND, ...) in `cause`. Duck-typed, because errors from
 * undici may come from another realm than ours.
 */
function messageOf(e: unknown): string {
  let text = ''
  let cur: unknown = e
  for (let depth = 0; cur !== undefined && cur !== null && depth < 4; depth++) {
    const r = record(cur)
    const m = typeof r?.message === 'string' ? r.message : depth === 0 ? String(cur) : ''
    if (m && !text.includes(m)) text = text ? `${text} (${m})` : m
    cur = r?.cause
  }
  return text || 'unknown error'
}

/** The HTTP status only when GitHub answered; octokit reports network failures as 500 too. */
function httpStatus(e: unknown): number | undefined {
  const r = record(e)
  return r && record(r.response) && typeof r.status === 'number' ? r.status : undefined
}

function isForkPullRequest(target: GitHubTarget): boolean {
  const pr = record(target.payload.pull_request)
  const head = record(record(pr?.head)?.repo)
  const base = record(record(pr?.base)?.repo)
  return head?.fork === true || (head !== undefined && head.full_name !== base?.full_name)
}

function advice(target: GitHubTarget, status: number | undefined): string {
  if (status === 403 && isForkPullRequest(target))
    return ' Pull requests from forks get a read-only GITHUB_TOKEN, so the comment is skipped; the deploy itself is unaffected.'
  if (status === 403 || status === 404)
    return ' Give the job `permissions: pull-requests: write` (and `deployments: write` for deployments), or pass a `github-token` that has them.'
  if (status === 401) return ' The github-token was refused; check that it is valid.'
  return ''
}

/** A warning that says what failed and what to do, with the token scrubbed out whatever happens. */
function warning(target: GitHubTarget, what: string, e: unknown, budget?: Budget): string {
  const status = httpStatus(e)
  const answer = budget?.signal.aborted
    ? `GitHub did not answer within the ${budget.ms / 1000} s reporting budget`
    : status !== undefined
      ? `GitHub answered ${status}: ${messageOf(e)}`
      : messageOf(e)
  const full = `${what}: ${answer}.${advice(target, status)}`
  return target.token.length >= 4 ? full.split(target.token).join('***') : full
}

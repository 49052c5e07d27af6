// Types for fake-github.mjs (the in-memory GitHub REST server of the PR comment tests).

export interface FakeUser {
  login: string
  /** 'Bot' for github-actions[bot] and other apps; 'User' for people (and personal tokens). */
  type: 'User' | 'Bot'
}

export interface FakeGitHubOptions {
  /** The only token accepted (`token X` or `Bearer X`); default: a fake installation token. */
  token?: string
  /** Who the token belongs to; default github-actions[bot] (type Bot), like GITHUB_TOKEN. */
  viewer?: FakeUser
  /** 'owner/repo' served; any other repository answers 404. Default 'octo-org/edge-site'. */
  repository?: string
  /** GET /user answers this; default 403 for a Bot viewer (installation tokens), 200 otherwise. */
  userEndpointStatus?: 200 | 403
}

export interface FakeComment {
  id: number
  body: string
  user: FakeUser
  created_at: string
  updated_at: string
  html_url: string
  issue_url: string
}

export interface FakeRequest {
  method: string
  /** Path and query, e.g. /repos/o/r/issues/7/comments?per_page=100&page=2 */
  path: string
  authorization: string | undefined
  /** Parsed JSON body, if any. */
  body: unknown
  status: number
}

export interface FakeDeployment {
  id: number
  ref: string
  environment: string
  /** The body of the POST /deployments request. */
  request: Record<string, unknown>
  /** Bodies of POST /deployments/{id}/statuses, oldest first. */
  statuses: Record<string, unknown>[]
}

export interface PullForCommit {
  number: number
  state: 'open' | 'closed'
  /** A merged PR: served as state closed with merged_at set. */
  merged?: boolean
}

export interface FakeGitHub {
  /** http://127.0.0.1:PORT, to pass as the API base URL. */
  url: string
  token: string
  owner: string
  repo: string
  viewer: FakeUser
  /**
   * Add a comment as someone (default: the viewer itself; `type` defaults to 'User' for another
   * login); returns its id. Ids grow in creation order.
   */
  seedComment(pr: number, comment: { body: string; login?: string; type?: 'User' | 'Bot' }): number
  /** The PR's comments, oldest first (copies). */
  comments(pr: number): FakeComment[]
  /** What GET /repos/o/r/commits/{sha}/pulls lists; plain numbers are open PRs; merged ones are closed with merged_at. */
  setPullsForCommit(sha: string, prs: (number | PullForCommit)[]): void
  /** Answer every POST/PATCH with this status (403: "Resource not accessible by integration"); null: stop. */
  failWrites(status: number | null): void
  /** Same for GETs, except GET /user. */
  failReads(status: number | null): void
  deployments(): FakeDeployment[]
  /** Every request received, oldest first (copies). */
  requests(): FakeRequest[]
  clearRequests(): void
  stop(): Promise<void>
}

export function startFakeGitHub(opts?: FakeGitHubOptions): Promise<FakeGitHub>

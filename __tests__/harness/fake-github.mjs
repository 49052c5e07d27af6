// A tiny in-memory GitHub REST server for the PR comment and deployment tests. It speaks exactly the
// endpoints src/report/github.ts uses, with GitHub's status codes, messages and Link pagination, and
// it is strict where GitHub is (auth, body size, editing only your own comments) so that a test
// cannot pass against it while failing against github.com. Plain ESM so jest and `node` both load it.
import { createServer } from 'node:http'

const DOCS = 'https://docs.github.com/rest'
const MAX_BODY = 65_536
const FORBIDDEN = 'Resource not accessible by integration'

/**
 * @param {import('./fake-github.d.mts').FakeGitHubOptions} [opts]
 * @returns {Promise<import('./fake-github.d.mts').FakeGitHub>}
 */
export async function startFakeGitHub(opts = {}) {
  const token = opts.token ?? 'ghs_fakeInstallationToken0123456789'
  const viewer = opts.viewer ?? { login: 'github-actions[bot]', type: 'Bot' }
  const [owner, repo] = (opts.repository ?? 'octo-org/edge-site').split('/')
  const state = {
    comments: new Map(), // pr -> comment[]
    pullsForCommit: new Map(), // sha -> [{ number, state }]
    deployments: [],
    requests: [],
    failWrites: null,
    failReads: null,
    nextId: 1000
  }
  let base = ''

  const newComment = (pr, body, user) => {
    const id = state.nextId++
    const now = new Date(Date.UTC(2024, 0, 1, 0, 0, id % 60)).toISOString()
    const comment = {
      id,
      body,
      user: { login: user.login, type: user.type ?? 'User' },
      created_at: now,
      updated_at: now,
      html_url: `https://github.com/${owner}/${repo}/pull/${pr}#issuecomment-${id}`,
      issue_url: `${base}/repos/${owner}/${repo}/issues/${pr}`
    }
    const list = state.comments.get(pr) ?? []
    list.push(comment)
    state.comments.set(pr, list)
    return comment
  }

  const findComment = id => {
    for (const list of state.comments.values()) {
      const c = list.find(x => x.id === id)
      if (c) return c
    }
    return undefined
  }

  /** @type {Array<[string, RegExp, (m: string[], q: URLSearchParams, body: any) => Reply]>} */
  const routes = [
    ['GET', /^\/user$/, () => getUser()],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/, m => pullsFor(m[3])],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      (m, q) => listComments(+m[3], q)
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      (m, _q, b) => postComment(+m[3], b)
    ],
    [
      'PATCH',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
      (m, _q, b) => patchComment(+m[3], b)
    ],
    ['POST', /^\/repos\/([^/]+)\/([^/]+)\/deployments$/, (_m, _q, b) => postDeployment(b)],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)\/statuses$/,
      (m, _q, b) => postStatus(+m[3], b)
    ]
  ]

  // Installation tokens (GITHUB_TOKEN, GitHub Apps) may not read /user; personal tokens may.
  const getUser = () =>
    opts.userEndpointStatus === 403 ||
    (opts.userEndpointStatus === undefined && viewer.type === 'Bot')
      ? error(403, FORBIDDEN)
      : json(200, { login: viewer.login, id: 1, type: viewer.type })

  const pullsFor = sha =>
    json(
      200,
      (state.pullsForCommit.get(sha) ?? []).map(p => ({
        number: p.number,
        state: p.state,
        title: `PR ${p.number}`,
        html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
        // GitHub's pull-request-simple: merged PRs are `closed` with a merged_at time.
        merged_at: p.merged ? new Date(Date.UTC(2024, 0, 1)).toISOString() : null
      }))
    )

  const listComments = (pr, q) => {
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page') ?? 30) || 30))
    const page = Math.max(1, Number(q.get('page') ?? 1) || 1)
    const all = state.comments.get(pr) ?? []
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const link = linkHeader(`/repos/${owner}/${repo}/issues/${pr}/comments`, perPage, page, last)
    return json(200, all.slice((page - 1) * perPage, page * perPage), link ? { link } : {})
  }

  const linkHeader = (path, perPage, page, last) => {
    const url = p => `<${base}${path}?per_page=${perPage}&page=${p}>`
    const rels = []
    if (page > 1) rels.push(`${url(page - 1)}; rel="prev"`)
    if (page < last) rels.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`)
    if (page > 1) rels.push(`${url(1)}; rel="first"`)
    return rels.join(', ')
  }

  const checkBody = b => {
    if (typeof b?.body !== 'string') return invalid('body', 'missing_field', 'body is missing')
    if (b.body.length > MAX_BODY)
      return invalid('body', 'custom', `body is too long (maximum is ${MAX_BODY} characters)`)
    return undefined
  }

  const postComment = (pr, b) => checkBody(b) ?? json(201, newComment(pr, b.body, viewer))

  const patchComment = (id, b) => {
    const c = findComment(id)
    if (!c) return error(404, 'Not Found')
    // Strict on purpose: the adapter must only ever edit the comments it wrote.
    if (c.user.login !== viewer.login) return error(403, FORBIDDEN)
    const bad = checkBody(b)
    if (bad) return bad
    c.body = b.body
    c.updated_at = new Date(Date.UTC(2024, 0, 2)).toISOString()
    return json(200, c)
  }

  const postDeployment = b => {
    if (typeof b?.ref !== 'string') return invalid('ref', 'missing_field', 'ref is missing')
    const d = {
      id: state.nextId++,
      ref: b.ref,
      environment: b.environment ?? 'production',
      request: b,
      statuses: []
    }
    state.deployments.push(d)
    return json(201, { id: d.id, ref: d.ref, environment: d.environment, sha: d.ref })
  }

  const postStatus = (id, b) => {
    const d = state.deployments.find(x => x.id === id)
    if (!d) return error(404, 'Not Found')
    d.statuses.push(b)
    return json(201, { id: state.nextId++, state: b?.state })
  }

  const server = createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', chunk => (raw += chunk))
    req.on('end', () => {
      const reply = handle(req, raw)
      state.requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: parse(raw),
        status: reply.status
      })
      res.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        ...reply.headers
      })
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
    })
  })

  function handle(req, raw) {
    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`)
      return error(401, 'Bad credentials')
    const url = new URL(req.url ?? '/', base)
    const route = routes.find(([method, re]) => method === req.method && re.test(url.pathname))
    if (!route) return error(404, 'Not Found')
    const m = route[1].exec(url.pathname)
    if (m[1] !== undefined && m[2] !== undefined && (m[1] !== owner || m[2] !== repo))
      return error(404, 'Not Found')
    const forced = req.method === 'GET' ? state.failReads : state.failWrites
    if (forced !== null && !(req.method === 'GET' && url.pathname === '/user'))
      return error(forced, forced === 403 ? FORBIDDEN : 'Forced failure')
    return route[2](m, url.searchParams, parse(raw))
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  base = `http://127.0.0.1:${address.port}`

  return {
    url: base,
    token,
    owner,
    repo,
    viewer,
    seedComment(pr, c) {
      // Without a login the comment is the viewer's own, earlier one (same account type too).
      const user = c.login === undefined ? viewer : { login: c.login, type: c.type ?? 'User' }
      return newComment(pr, c.body, user).id
    },
    comments: pr => copy(state.comments.get(pr) ?? []),
    setPullsForCommit(sha, prs) {
      state.pullsForCommit.set(
        sha,
        prs.map(p =>
          typeof p === 'number'
            ? { number: p, state: 'open', merged: false }
            : { ...p, state: p.merged ? 'closed' : p.state, merged: p.merged === true }
        )
      )
    },
    failWrites(status) {
      state.failWrites = status ?? null
    },
    failReads(status) {
      state.failReads = status ?? null
    },
    deployments: () => copy(state.deployments),
    requests: () => copy(state.requests),
    clearRequests() {
      state.requests.length = 0
    },
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** @typedef {{ status: number, body?: unknown, headers?: Record<string, string> }} Reply */

function json(status, body, headers = {}) {
  return { status, body, headers }
}

function error(status, message) {
  return json(status, { message, documentation_url: DOCS, status: String(status) })
}

function invalid(field, code, message) {
  return json(422, {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code, field, message }],
    documentation_url: DOCS,
    status: '422'
  })
}

function parse(raw) {
  if (!raw) return undefined
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

// Callers get copies: a test must not change the server's state by editing what it read.
function copy(value) {
  return JSON.parse(JSON.stringify(value))
}

import { describe, expect, it } from '@jest/globals'
import {
  COMMENT_LIMIT,
  commentKey,
  commentMarker,
  renderComment,
  type CommentInput
} from '../../src/report/comment.js'
import type { Change } from '../../src/plan.js'
import { code } from '../../src/report/markdown.js'

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:edge-auth'

const change = (over: Partial<Change> = {}): Change => ({
  distributionId: 'E1ABCDEF',
  cacheBehavior: 'default',
  eventType: 'viewer-request',
  from: `${ARN}:6`,
  to: `${ARN}:7`,
  includeBody: false,
  fromIncludeBody: false,
  ...over
})

const input = (over: Partial<CommentInput> = {}): CommentInput => ({
  key: commentKey('edge-auth', ['E1ABCDEF']),
  phase: 'final',
  mode: 'deploy',
  status: 'deployed',
  functionName: 'edge-auth',
  distributionIds: ['E1ABCDEF'],
  eventType: 'viewer-request',
  cacheBehaviors: ['default'],
  version: '7',
  changes: [change()],
  errors: [],
  ...over
})

const HOSTILE = '<img src=x onerror=alert(1)>](http://evil) @everyone'

describe('commentKey', () => {
  it('is stable, order-independent and short', () => {
    const a = commentKey('edge-auth', ['E2', 'E1'])
    expect(a).toBe(commentKey('edge-auth', ['E1', 'E2', 'E1']))
    expect(a).toMatch(/^edge-auth-[0-9a-f]{10}$/)
    expect(a).not.toBe(commentKey('edge-auth', ['E1']))
    expect(a).not.toBe(commentKey('edge-auth2', ['E1', 'E2']))
  })

  it('is safe inside an HTML comment whatever the name', () => {
    const key = commentKey('--> <script> a--b' + 'x'.repeat(100), ['E1'])
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(key).not.toContain('--')
    expect(key.length).toBeLessThanOrEqual(51)
    expect(commentKey('***', ['E1'])).toMatch(/^[0-9a-f]{10}$/)
  })
})

describe('renderComment', () => {
  it('a pending canary: its own headline and the canary section', () => {
    const body = renderComment(
      input({ status: 'canary', canary: '### Canary: live on the staging distributions' })
    )
    expect(body).toContain(
      'Canary: `edge-auth` version `7` is live on the staging distributions of `viewer-request` of `default` on `E1ABCDEF`; promotion pending'
    )
    expect(body).toContain('### Canary: live on the staging distributions')
  })

  it('starts with the hidden marker', () => {
    const i = input()
    const body = renderComment(i)
    expect(body.startsWith(`${commentMarker(i.key)}\n`)).toBe(true)
    expect(commentMarker('k')).toBe('<!-- lambda-edge-deploy:k -->')
  })

  it('says what is deployed where, with a from -> to table, durations and the run link', () => {
    const body = renderComment(
      input({
        durations: { publishMs: 3100, updateMs: 2000, waitMs: 45_200 },
        runUrl: 'https://github.com/o/r/actions/runs/42'
      })
    )
    expect(body).toContain('### ✅ Deployed `edge-auth` version `7` to `viewer-request`')
    expect(body).toContain('on `E1ABCDEF`')
    expect(body).toContain('| `E1ABCDEF` | `default` | `viewer-request` | `6` → `7` |')
    expect(body).toContain(
      'publish 3.1 s · update distributions 2.0 s · wait until Deployed 45.2 s'
    )
    expect(body).toContain('[View the workflow run](https://github.com/o/r/actions/runs/42)')
  })

  it('renders the in-progress phase differently from the final one', () => {
    const running = renderComment(input({ phase: 'in-progress', status: 'failed' }))
    expect(running).toContain('### ⏳ Deploying `edge-auth` version `7` to `viewer-request`')
    expect(running).toContain('in progress')
    expect(running).toContain('#### Planned changes')
    expect(running).toContain('updated when the run ends')
    expect(running).not.toContain('❌')
    const done = renderComment(input())
    expect(done).not.toContain('in progress')
    expect(done).toContain('#### Changes')
  })

  it('has a headline for every final status', () => {
    const lines = (
      ['deployed', 'unchanged', 'validated', 'planned', 'rolled-back', 'failed'] as const
    ).map(status => renderComment(input({ status })).split('\n')[2])
    expect(lines).toEqual([
      expect.stringContaining('✅ Deployed'),
      expect.stringContaining('☑️ No change'),
      expect.stringContaining('✅ Validated'),
      expect.stringContaining('📝 Plan for'),
      expect.stringContaining('↩️ The deploy of'),
      expect.stringContaining('❌ The deploy of')
    ])
  })

  it('tells a merged PR its change is live on the distribution, and only when it is', () => {
    const live = renderComment(input({ merged: true, distributionIds: ['E1ABCDEF', 'E2XYZ123'] }))
    expect(live.split('\n')[2]).toBe(
      '### ✅ Live on `E1ABCDEF`, `E2XYZ123`: `edge-auth` version `7` in `viewer-request` of `default`'
    )
    expect(renderComment(input({ merged: true, status: 'unchanged' }))).toContain(
      '### ☑️ Live on `E1ABCDEF`'
    )
    // A failed or rolled-back deploy of a merged PR must not claim anything is live.
    for (const status of ['failed', 'rolled-back'] as const)
      expect(renderComment(input({ merged: true, status }))).not.toMatch(/live on/i)
    expect(renderComment(input({ merged: true, phase: 'in-progress' }))).not.toMatch(/live on/i)
  })

  it('shows the placeholder of a plan as the target version', () => {
    const body = renderComment(
      input({
        mode: 'plan',
        status: 'planned',
        version: undefined,
        changes: [change({ to: 'next' })]
      })
    )
    expect(body).toContain('`6` → `next`')
    expect(body).toContain('1 association change(s), nothing applied')
  })

  it('says what a rollback undid and what it restored', () => {
    const undone = [
      change({ from: `${ARN}:6`, to: `${ARN}:7` }),
      change({ distributionId: 'E2XYZ', from: null, to: `${ARN}:7` })
    ]
    const body = renderComment(
      input({
        status: 'rolled-back',
        changes: undone,
        undone,
        errors: ['Distribution E2XYZ did not reach Deployed in 900 s']
      })
    )
    expect(body).toContain('failed and was rolled back')
    expect(body).toContain('changed 2 association(s), then failed')
    expect(body).toContain('restored to what it held before (`6`, `none`)')
    expect(body).toContain('Nothing from this run is live')
    expect(body).toContain('Version (undone → restored)')
    expect(body).toContain('| `E1ABCDEF` | `default` | `viewer-request` | `7` → `6` |')
    expect(body).toContain('| `E2XYZ` | `default` | `viewer-request` | `7` → _none_ |')
    expect(body).toContain('- Distribution E2XYZ did not reach Deployed in 900 s')
  })

  it('a manual rollback that succeeded says so', () => {
    const body = renderComment(input({ mode: 'rollback', status: 'rolled-back', version: '6' }))
    expect(body).toContain(
      '### ↩️ Rolled back `viewer-request` of `default` on `E1ABCDEF` to `edge-auth` version `6`'
    )
  })

  it('escapes hostile branch names, titles and AWS messages', () => {
    const body = renderComment(
      input({
        ref: { branch: `${HOSTILE}\`\`\` x`, title: HOSTILE, sha: HOSTILE },
        errors: [`AccessDenied: ${HOSTILE}\n| broken | table |`],
        status: 'failed'
      })
    )
    // Branch and sha are inline code: literal text on GitHub, as long as the span cannot be closed.
    expect(body).toContain(`branch ${code(`${HOSTILE}\`\`\` x`)}`)
    expect(body).toContain(`commit ${code(HOSTILE)}`)
    const prose = body.replace(code(`${HOSTILE}\`\`\` x`), '').replace(code(HOSTILE), '')
    expect(prose).not.toMatch(/<img/i)
    expect(prose).not.toMatch(/(?<!\\)\]\(http/)
    expect(prose).not.toMatch(/@everyone/)
    expect(prose).toContain('@\u200deveryone')
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // A foreign text never starts a line or breaks a table row.
    for (const line of body.split('\n')) {
      expect(line).not.toMatch(/^\s*(&lt;|<img)/)
      if (line.startsWith('|')) expect(line.match(/(?<!\\)\|/g)).toHaveLength(5)
    }
    expect(body).toContain('\\| broken \\| table \\|')
  })

  it('keeps a hostile run URL out of link syntax', () => {
    const body = renderComment(input({ runUrl: 'javascript:alert(1)' }))
    expect(body).not.toContain('javascript:')
    const body2 = renderComment(input({ runUrl: 'https://x/y) [evil](http://evil' }))
    expect(body2).not.toContain('evil')
  })

  it('puts the rollback hint in a collapsible block the hint cannot escape', () => {
    const hint = 'gh workflow run deploy.yml -f mode=rollback -f version=6\n```\n</details>'
    const body = renderComment(input({ rollbackHint: hint }))
    expect(body).toContain('<details><summary>How to roll back</summary>')
    expect(body).toContain(
      '````\ngh workflow run deploy.yml -f mode=rollback -f version=6\n```\n</details>\n````'
    )
    expect(body.trimEnd().endsWith('</details>')).toBe(true)
  })

  it('stays under the size limit with 5,000 changes and many long errors, marker intact', () => {
    const changes = Array.from({ length: 5000 }, (_, n) =>
      change({ distributionId: `E${String(n).padStart(12, '0')}`, cacheBehavior: `/path/${n}/*` })
    )
    const errors = Array.from({ length: 500 }, (_, n) => `error ${n}: ${'&'.repeat(3000)}`)
    const i = input({
      changes,
      errors,
      rollbackHint: 'x'.repeat(100_000),
      ref: { title: 'y'.repeat(100_000) }
    })
    const body = renderComment(i)
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(body.startsWith(commentMarker(i.key))).toBe(true)
    expect(body).toMatch(/_\.\.\. \d+ more rows not shown \(GitHub comment size limit\)\._/)
    expect(body).toMatch(/_\.\.\. \d+ more errors not shown/)
    expect(body).toContain('How to roll back')
    // The kept rows are the first ones, and the note counts the rest exactly.
    const shown = body.split('\n').filter(l => l.startsWith('| `E')).length
    expect(shown).toBeGreaterThan(50)
    expect(body).toContain(`_... ${5000 - shown} more rows not shown`)
  })

  it('says nothing changed when nothing did', () => {
    expect(renderComment(input({ status: 'unchanged', changes: [] }))).toContain(
      '_No association changed._'
    )
  })
})

describe('cancelled and resumed runs', () => {
  it('a cancelled deploy says it was not verified and keeps what is live in view', () => {
    const body = renderComment(
      input({
        status: 'cancelled',
        version: '7',
        errors: [
          'Cancelled: version 7 is associated with 1 slot(s) but was not verified (journal: cancelled).'
        ]
      })
    )
    expect(body).toMatch(
      /⏹️ The deploy of `edge-auth` version `7` .* was cancelled before it was verified/
    )
    expect(body).toMatch(/#### Associated, not verified/)
    expect(body).toMatch(/version 7 is associated with 1 slot\(s\) but was not verified/)
  })
  it('a resumed deploy says so in the headline', () => {
    const body = renderComment(input({ status: 'deployed', version: '7', resumed: true }))
    expect(body).toMatch(
      /Deployed `edge-auth` version `7` .*\(resumed: an earlier run associated it, this run verified it\)/
    )
  })
})

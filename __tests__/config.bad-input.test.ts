/**
 * Bad input, decided by the parser alone (src/config.ts): each case changes one input of a valid
 * deploy and must be refused with an error naming that input. These used to start the bundled
 * action once per case (__tests__/bad-input.integration.test.ts keeps the cases that need AWS, and a
 * few of these end to end, to prove a refusal makes no AWS call).
 */
import { formatInputError, parseConfig } from '../src/config.js'

const BASE: Record<string, string> = {
  mode: 'deploy',
  'function-name': 'fn',
  'event-type': 'viewer-request',
  'distribution-id': 'E2QWRUHAPOMQZL',
  wait: 'false'
}
const ACCOUNT = '123456789012'
const arn = (rest: string): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${rest}`
const parse = (inputs: Record<string, string>) =>
  parseConfig(name => ({ ...BASE, ...inputs })[name] ?? '')

const REFUSED: Array<[string, Record<string, string>, string]> = [
  ['function-name empty', { 'function-name': '' }, 'function-name'],
  ['function-name blank', { 'function-name': ' \n\t ' }, 'function-name'],
  ['event-type empty', { 'event-type': '' }, 'event-type'],
  ['distribution-id empty (deploy)', { 'distribution-id': '' }, 'distribution-id'],
  ['distribution-id only separators', { 'distribution-id': ' ,\n, ' }, 'distribution-id'],
  ['distribution-id empty (plan)', { mode: 'plan', 'distribution-id': '' }, 'distribution-id'],
  [
    'distribution-id empty (rollback)',
    { mode: 'rollback', 'distribution-id': '' },
    'distribution-id'
  ],
  ['mode unknown', { mode: 'destroy' }, 'mode'],
  ['mode capitalised', { mode: 'Deploy' }, 'mode'],
  ['event-type abbreviated', { 'event-type': 'viewer' }, 'event-type'],
  ['event-type underscore', { 'event-type': 'viewer_request' }, 'event-type'],
  ['event-type two at once', { 'event-type': 'viewer-request,origin-request' }, 'event-type'],
  ['include-body yes', { 'include-body': 'yes' }, 'include-body'],
  ['include-body 1', { 'include-body': '1' }, 'include-body'],
  ['wait no', { wait: 'no' }, 'wait'],
  ['auto-rollback on', { 'auto-rollback': 'on' }, 'auto-rollback'],
  ['comment off', { comment: 'off' }, 'comment'],
  ['memory-size word', { 'memory-size': 'abc' }, 'memory-size'],
  ['memory-size with unit', { 'memory-size': '128 MB' }, 'memory-size'],
  ['memory-size decimal', { 'memory-size': '128.0' }, 'memory-size'],
  ['memory-size negative', { 'memory-size': '-128' }, 'memory-size'],
  ['memory-size hex', { 'memory-size': '0x80' }, 'memory-size'],
  ['memory-size below 128', { 'memory-size': '127' }, 'memory-size'],
  ['memory-size above 10240', { 'memory-size': '10241' }, 'memory-size'],
  ['timeout 0', { timeout: '0' }, 'timeout'],
  ['timeout 901', { timeout: '901' }, 'timeout'],
  ['timeout with unit', { timeout: '5s' }, 'timeout'],
  ['timeout exponent', { timeout: '1e1' }, 'timeout'],
  ['wait-timeout-seconds 0', { 'wait-timeout-seconds': '0' }, 'wait-timeout-seconds'],
  ['wait-timeout-seconds above a day', { 'wait-timeout-seconds': '86401' }, 'wait-timeout-seconds'],
  ['wait-timeout-seconds as a duration', { 'wait-timeout-seconds': '30m' }, 'wait-timeout-seconds'],
  ['health-check-status 99', { 'health-check-status': '99' }, 'health-check-status'],
  ['health-check-status 600', { 'health-check-status': '600' }, 'health-check-status'],
  ['health-check-failures 0', { 'health-check-failures': '0' }, 'health-check-failures'],
  [
    'bake-period-seconds 45 (not a CloudWatch period)',
    { 'bake-seconds': '300', 'bake-period-seconds': '45' },
    'bake-period-seconds'
  ],
  ['bake-max-5xx-rate with a percent sign', { 'bake-max-5xx-rate': '1%' }, 'bake-max-5xx-rate'],
  ['bake-seconds without waiting for Deployed', { 'bake-seconds': '300' }, 'bake-seconds'],
  ['health-check-status word', { 'health-check-status': 'OK' }, 'health-check-status'],
  [
    'health-check-timeout-seconds 0',
    { 'health-check-timeout-seconds': '0' },
    'health-check-timeout-seconds'
  ],
  ['description too long', { description: 'd'.repeat(257) }, 'description'],
  ['runtime too long', { runtime: 'nodejs'.repeat(6) }, 'runtime'],
  ['handler too long', { handler: `${'h'.repeat(125)}.handler` }, 'handler'],
  ['event-type with U+2010 hyphen', { 'event-type': 'viewer\u2010request' }, 'event-type'],
  ['event-type with U+2013 en dash', { 'event-type': 'viewer\u2013request' }, 'event-type'],
  ['event-type with a zero-width space', { 'event-type': 'viewer-request\u200b' }, 'event-type'],
  ['mode with a Cyrillic e', { mode: 'd\u0435ploy' }, 'mode'],
  ['memory-size in full-width digits', { 'memory-size': '\uff11\uff12\uff18' }, 'memory-size'],
  ['memory-size in Arabic-Indic digits', { 'memory-size': '\u0661\u0662\u0668' }, 'memory-size'],
  ['timeout in a full-width digit', { timeout: '\uff15' }, 'timeout'],
  [
    'include-body in full-width letters',
    { 'include-body': '\uff54\uff52\uff55\uff45' },
    'include-body'
  ],
  ['function-name in full-width letters', { 'function-name': '\uff46\uff4e' }, 'function-name'],
  ['function-name with a zero-width space', { 'function-name': 'f\u200bn' }, 'function-name'],
  ['distribution-id of 33 characters', { 'distribution-id': 'E'.repeat(33) }, 'distribution-id'],
  ['distribution-id with punctuation', { 'distribution-id': 'E2QWRUHAPOMQZL!' }, 'distribution-id'],
  [
    'function ARN in another partition (aws-cn)',
    { 'function-name': 'arn:aws-cn:lambda:us-east-1:123456789012:function:fn' },
    'function-name'
  ],
  [
    'function ARN in GovCloud',
    { 'function-name': 'arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:fn' },
    'function-name'
  ],
  ['function ARN with a version', { 'function-name': arn('fn:3') }, 'function-name'],
  ['function ARN with $LATEST', { 'function-name': arn('fn:$LATEST') }, 'function-name'],
  ['function ARN with an alias', { 'function-name': arn('fn:live') }, 'function-name'],
  [
    'function ARN with an 11-digit account',
    { 'function-name': 'arn:aws:lambda:us-east-1:12345678901:function:fn' },
    'function-name'
  ],
  [
    'function ARN with a non-numeric account',
    { 'function-name': 'arn:aws:lambda:us-east-1:abcdefghijkl:function:fn' },
    'function-name'
  ],
  ['ARN of another service', { 'function-name': 'arn:aws:s3:::my-bucket' }, 'function-name'],
  ['function-name 65 characters', { 'function-name': 'f'.repeat(65) }, 'function-name'],
  ['function-name with a space', { 'function-name': 'edge fn' }, 'function-name'],
  ['rollback-to latest', { mode: 'rollback', 'rollback-to': 'latest' }, 'rollback-to'],
  ['rollback-to 0', { mode: 'rollback', 'rollback-to': '0' }, 'rollback-to'],
  ['rollback-to -1', { mode: 'rollback', 'rollback-to': '-1' }, 'rollback-to'],
  ['rollback-to 1.5', { mode: 'rollback', 'rollback-to': '1.5' }, 'rollback-to'],
  ['rollback-to $LATEST', { mode: 'rollback', 'rollback-to': '$LATEST' }, 'rollback-to'],
  ['health-check-url ftp', { 'health-check-url': 'ftp://example.com/health' }, 'health-check-url'],
  [
    'health-check-url javascript',
    { 'health-check-url': 'javascript:alert(1)' },
    'health-check-url'
  ],
  ['health-check-url file', { 'health-check-url': 'file:///etc/passwd' }, 'health-check-url'],
  [
    'health-check-url without a scheme',
    { 'health-check-url': 'example.com/health' },
    'health-check-url'
  ],
  ['health-check-url without a host', { 'health-check-url': 'http://' }, 'health-check-url'],
  [
    'health-check-url with a user name and password',
    { 'health-check-url': 'https://edge:hunter2@example.com/health' },
    'health-check-url'
  ],
  ['prune-keep word', { 'prune-keep': 'all' }, 'prune-keep'],
  ['prune-keep negative', { 'prune-keep': '-1' }, 'prune-keep'],
  ['prune-keep above 1000', { 'prune-keep': '1001' }, 'prune-keep']
]

describe('parseConfig refuses bad input, naming it', () => {
  it('accepts the base every case changes one thing of', () => {
    expect(parse({}).ok).toBe(true)
  })

  it.each(REFUSED)('%s', (_name, inputs, input) => {
    const r = parse(inputs)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.map(e => e.input)).toContain(input)
    const message = r.error.map(formatInputError).find(m => m.startsWith(`Input "${input}"`))
    // The message says what is wrong in words, not just which input.
    expect(message!.length).toBeGreaterThan(`Input "${input}" `.length + 10)
  })

  it('covers at least 50 bad inputs', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(50)
  })
})

describe('parseConfig accepts what a user expects to work (inputs are trimmed)', () => {
  it.each<[string, Record<string, string>, Record<string, unknown>]>([
    [
      'event-type with spaces around',
      { 'event-type': ' viewer-request ' },
      { eventType: 'viewer-request' }
    ],
    [
      'event-type with a trailing no-break space',
      { 'event-type': 'viewer-request\u00a0' },
      { eventType: 'viewer-request' }
    ],
    [
      'function-name with spaces and a newline',
      { 'function-name': '  fn\n' },
      { functionName: 'fn' }
    ],
    ['mode with spaces around', { mode: ' deploy ' }, { mode: 'deploy' }],
    ['include-body False', { 'include-body': 'False' }, { includeBody: false }],
    [
      'distribution-id with blanks and a trailing comma',
      { 'distribution-id': ' E2QWRUHAPOMQZL ,\n' },
      { distributionIds: ['E2QWRUHAPOMQZL'] }
    ],
    [
      'distribution-id listed twice',
      { 'distribution-id': 'E2QWRUHAPOMQZL,E2QWRUHAPOMQZL' },
      { distributionIds: ['E2QWRUHAPOMQZL'] }
    ],
    [
      'cache-behavior with spaces and a blank line',
      { 'cache-behavior': ' default \n\n' },
      { cacheBehaviors: ['default'] }
    ]
  ])('%s', (_name, inputs, expected) => {
    const r = parse(inputs)
    expect(r.ok && r.value).toMatchObject(expected)
  })
})

/**
 * Every Lambda@Edge restriction the preflight enforces, one row each (../shared/EDGE-RULES.md).
 * Adding a rule is adding a row: an id, the event types it applies to, its limit, how to fix it,
 * and a small check that returns the violations (empty when it passes, undefined when there is
 * nothing to check, e.g. no package was given).
 */
import { EVENT_TYPES, type EventType, isRequestEvent, parseFunctionArn } from '../edge.js'
import type { PackageEntry, PackageFacts } from '../package/facts.js'
import type { FunctionFacts } from './facts.js'
import { LIMITS, RESPONSE_LIMITS, URI_LIMITS } from './limits.js'
import { parseHandler } from '../package/handler.js'
import { newerThanTable, runtimeFamily, runtimeRow, type RuntimeRow } from './runtimes.js'
import * as answer from './response-checks.js'
import { DISALLOWED_PREFIXES, READ_ONLY_HEADERS } from './edge-response.js'
import type { SmokeFacts } from '../smoke/smoke.js'

export type Severity = 'error' | 'warning'

export interface HandlerFacts {
  handler: string
  /** Module files that would satisfy the handler, in the order the runtime looks for them. */
  candidates: string[]
  /** The first candidate present in the package. */
  file?: string
  exportName: string
  /**
   * 'missing' only when a lexer read every export; 'unknown' when the module is
   * too dynamic to tell; undefined when the source could not be read or the check does not apply.
   */
  exportStatus?: 'present' | 'missing' | 'unknown'
  /** How that was decided, or why it could not be: quoted in the finding. */
  exportHow?: string
}

/** A cache behavior the deploy targets, as it is live now (read with the distribution's config). */
export interface BehaviorFacts {
  distributionId: string
  cacheBehavior: string
  /** Its FunctionAssociations: CloudFront Functions, not Lambda@Edge. */
  cloudFrontFunctions: Array<{ eventType: string; arn: string }>
}

export interface RuleContext {
  eventType: EventType
  includeBody: boolean
  /** The `function-name` input as given (a name, or an ARN that names an account). */
  functionInput?: string
  /** The target behaviors; undefined until the distributions are read (deploy and plan read them). */
  behaviors?: BehaviorFacts[]
  /** The function as it will be after the requested configuration changes. */
  fn: FunctionFacts
  pkg?: PackageFacts
  handler?: HandlerFacts
  /** YYYY-MM-DD, injected so runtime deprecation dates are testable. */
  today: string
  /** The handler's answers to CloudFront events (smoke-test), when it ran. */
  smoke?: SmokeFacts
}

export interface Violation {
  actual: string
  /** A file in the package the finding is about (annotated on that file). */
  file?: string
  /** Overrides the rule's severity for this one violation. */
  severity?: Severity
  /** The user's event file (test-events) the finding is about: annotated on that file. */
  eventFile?: string
}

export interface Rule {
  id: string
  title: string
  severity: Severity
  subject: 'function' | 'package' | 'distribution' | 'response'
  appliesTo: readonly EventType[]
  limit: (ctx: RuleContext) => string
  fix: string
  check: (ctx: RuleContext) => Violation[] | undefined
}

const ALL = EVENT_TYPES
const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(2)} MB`
// Thousands separators by hand: toLocaleString sets up ICU number formatting on first use (~10 ms).
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const bytesText = (n: number): string => `${grouped(n)} bytes (${mb(n)})`
const when = (bad: boolean, actual: string): Violation[] => (bad ? [{ actual }] : [])
const pkgRule = (ctx: RuleContext): PackageFacts | undefined =>
  ctx.pkg && !ctx.pkg.corrupt ? ctx.pkg : undefined
const TRUSTED = ['lambda.amazonaws.com', 'edgelambda.amazonaws.com']
const answers = (ctx: RuleContext): answer.ResponseContext => ({
  eventType: ctx.eventType,
  smoke: ctx.smoke,
  handlerFile: ctx.handler?.file
})
const kb = (bytes: number): string =>
  bytes >= 1_048_576 ? `${+(bytes / 1_048_576).toFixed(2)} MB` : `${+(bytes / 1024).toFixed(1)} KB`

const deprecatedText = (row: RuntimeRow): string =>
  `${row.id} (deprecated since ${row.deprecated}` +
  (row.blockUpdate ? `; Lambda blocks function updates from ${row.blockUpdate})` : ')')

/** A relative path that stays inside the archive root. */
function unsafeEntryName(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return true
  // Called once per entry (10,000 in a node_modules package): split only a name that has '..'.
  return name.includes('..') && name.split(/[/\\]/).includes('..')
}

const namesOf = (e: PackageEntry): string[] => [e.name, ...(e.otherNames ?? [])]

/** Names held by more than one entry, under any of their names (directories may repeat harmlessly). */
function duplicateNames(pkg: PackageFacts): string[] {
  const holders = new Map<string, number>()
  const repeated = new Set<string>()
  pkg.entries.forEach((e, i) => {
    if (e.isDirectory) return
    for (const name of e.otherNames ? new Set(namesOf(e)) : [e.name]) {
      const held = holders.get(name)
      if (held !== undefined && held !== i) repeated.add(name)
      else holders.set(name, i)
    }
  })
  return [...repeated]
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const modeText = (mode: number): string => (mode & 0o7777).toString(8).padStart(4, '0')

/** Others need r on files, r and x on directories, and x on anything executable by its owner. */
function unreadable(e: PackageEntry): boolean {
  const mode = e.unixMode
  if (mode === undefined || (mode & S_IFMT) === S_IFLNK) return false
  const needed = e.isDirectory || (mode & 0o100) !== 0 ? 0o005 : 0o004
  return (mode & needed) !== needed
}

export const RULES: readonly Rule[] = [
  {
    id: 'runtime-family',
    title: 'Runtime is Node.js or Python',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'nodejs* or python*',
    fix: 'Set `runtime` to a supported Node.js or Python runtime such as nodejs22.x or python3.13.',
    check: ({ fn }) =>
      when(runtimeFamily(fn.runtime) === undefined, fn.runtime ?? 'none (container image?)')
  },
  {
    id: 'runtime-known',
    title: 'Runtime is one Lambda lists',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => "an identifier from Lambda's runtimes page (nodejs24.x, python3.14, ...)",
    fix: 'Set `runtime` to an identifier Lambda lists, such as nodejs24.x or python3.14 (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).',
    check: ({ fn }) => {
      if (!fn.runtime || runtimeFamily(fn.runtime) === undefined) return undefined
      if (runtimeRow(fn.runtime)) return []
      if (newerThanTable(fn.runtime))
        return [
          {
            actual: `${fn.runtime} is newer than this action's runtime table: Lambda may list it by now, but its dates are unknown here (update lambda-edge-deploy)`,
            severity: 'warning'
          }
        ]
      return [{ actual: `${fn.runtime} is not a runtime Lambda lists` }]
    }
  },
  {
    id: 'runtime-deprecated',
    title: 'Runtime is not deprecated',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'a runtime Lambda still accepts updates for',
    fix: 'Move to a current runtime (nodejs24.x or nodejs22.x, python3.12 or later) with the `runtime` input.',
    check: ({ fn, today }) => {
      const row = fn.runtime ? runtimeRow(fn.runtime) : undefined
      if (!row) return undefined
      if (row.blockUpdate && row.blockUpdate <= today)
        return [{ actual: `${row.id} (Lambda blocks function updates since ${row.blockUpdate})` }]
      if (row.deprecated && row.deprecated <= today)
        return [{ actual: deprecatedText(row), severity: 'warning' }]
      return []
    }
  },
  {
    id: 'function-account',
    title: 'Function is in the account the input names',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'the account in the function-name ARN',
    fix: 'Set `function-name` to the function in the account you deploy with (function and distribution must be in the same AWS account).',
    check: ({ fn, functionInput }) => {
      const asked = functionInput ? parseFunctionArn(functionInput)?.account : undefined
      const resolved = parseFunctionArn(fn.arn)?.account
      if (asked === undefined || resolved === undefined) return undefined
      return when(
        asked !== resolved,
        `${functionInput} names account ${asked}, but the function found is ${fn.arn} (account ${resolved})`
      )
    }
  },
  {
    id: 'architecture',
    title: 'Architecture is x86_64',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'x86_64',
    fix: 'Recreate the function with architecture x86_64: Lambda@Edge does not run arm64.',
    check: ({ fn }) => {
      const archs = fn.architectures.length === 0 ? ['x86_64'] : fn.architectures
      return when(
        archs.some(a => a !== 'x86_64'),
        archs.join(', ')
      )
    }
  },
  {
    id: 'package-type',
    title: 'Package type is Zip',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'Zip',
    fix: 'Recreate the function from a .zip package: container images cannot run at the edge.',
    check: ({ fn }) => when(fn.packageType !== 'Zip', fn.packageType)
  },
  {
    id: 'environment',
    title: 'No environment variables',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => '0 variables',
    fix: 'Remove the environment variables (bake configuration into the package or read it from SSM at run time).',
    check: ({ fn }) =>
      when(
        fn.environmentVariableNames.length > 0,
        `${fn.environmentVariableNames.length} variable(s): ${fn.environmentVariableNames.join(', ')}`
      )
  },
  {
    id: 'layers',
    title: 'No layers',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => '0 layers',
    fix: 'Remove the layers and bundle their code into the package.',
    check: ({ fn }) => when(fn.layers.length > 0, fn.layers.join(', '))
  },
  {
    id: 'vpc',
    title: 'Not attached to a VPC',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'no subnets or security groups',
    fix: 'Remove the VPC configuration from the function.',
    check: ({ fn }) =>
      when(
        fn.vpcSubnetIds.length + fn.vpcSecurityGroupIds.length > 0,
        [...fn.vpcSubnetIds, ...fn.vpcSecurityGroupIds].join(', ')
      )
  },
  {
    id: 'dead-letter-queue',
    title: 'No dead-letter queue',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'none',
    fix: 'Remove the dead-letter queue from the function configuration.',
    check: ({ fn }) => when(fn.deadLetterTargetArn !== undefined, fn.deadLetterTargetArn ?? '')
  },
  {
    id: 'tracing',
    title: 'X-Ray active tracing is off',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'PassThrough',
    fix: 'Set the tracing mode to PassThrough.',
    check: ({ fn }) => when(fn.tracingMode === 'Active', 'Active')
  },
  {
    id: 'ephemeral-storage',
    title: 'Ephemeral storage',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => `at most ${LIMITS.maxEphemeralStorageMb} MB`,
    fix: `Set ephemeral storage to ${LIMITS.maxEphemeralStorageMb} MB.`,
    check: ({ fn }) =>
      when(fn.ephemeralStorageMb > LIMITS.maxEphemeralStorageMb, `${fn.ephemeralStorageMb} MB`)
  },
  {
    id: 'source-kms-key',
    title: 'No customer-managed KMS key for the code',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'none',
    fix: 'Remove SourceKMSKeyArn: Lambda@Edge does not support a customer-managed key for the .zip.',
    check: ({ fn }) => when(fn.sourceKmsKeyArn !== undefined, fn.sourceKmsKeyArn ?? '')
  },
  {
    id: 'runtime-management',
    title: 'Runtime management is Auto',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'Auto',
    fix: 'Set the runtime update mode to Auto (aws lambda put-runtime-management-config --update-runtime-on Auto).',
    check: ({ fn }) =>
      fn.runtimeUpdateMode === undefined
        ? undefined
        : when(fn.runtimeUpdateMode !== 'Auto', fn.runtimeUpdateMode)
  },
  {
    id: 'provisioned-concurrency',
    title: 'No provisioned concurrency',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'none on the associated version',
    fix: 'Remove the provisioned concurrency configuration from that version (aws lambda delete-provisioned-concurrency-config).',
    check: ({ fn }) => {
      const pc = fn.provisionedConcurrency
      if (pc === undefined) return undefined
      if (pc === 'unreadable')
        return [
          {
            actual: 'not checked: lambda:GetProvisionedConcurrencyConfig failed',
            severity: 'warning'
          }
        ]
      return when(pc > 0, `${pc} provisioned executions`)
    }
  },
  {
    id: 'tags',
    title: 'No tags',
    severity: 'warning',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'no tags',
    fix: "Remove the tags: you can't add tags to edge functions, and replication may refuse them.",
    check: ({ fn }) => fn.tagKeys && when(fn.tagKeys.length > 0, fn.tagKeys.join(', '))
  },
  {
    id: 'role-trust',
    title: 'Role trusts lambda and edgelambda',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => TRUSTED.join(' and '),
    fix: 'Add edgelambda.amazonaws.com and lambda.amazonaws.com as principals in the execution role trust policy.',
    check: ({ fn }) => {
      if (fn.roleTrustedServices === undefined)
        return [
          {
            actual: `not checked: ${fn.roleTrustUnreadable ?? 'trust policy unreadable'}`,
            severity: 'warning'
          }
        ]
      const missing = TRUSTED.filter(s => !fn.roleTrustedServices!.includes(s))
      return when(missing.length > 0, `missing ${missing.join(', ')} in ${fn.roleArn}`)
    }
  },
  {
    id: 'memory',
    title: 'Memory within the Lambda quota',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => `${LIMITS.minMemoryMb} to ${grouped(LIMITS.maxMemoryMb)} MB`,
    fix: `Set \`memory-size\` between ${LIMITS.minMemoryMb} and ${grouped(LIMITS.maxMemoryMb)} MB (the same on every event type).`,
    check: ({ fn }) =>
      when(
        fn.memorySize > LIMITS.maxMemoryMb || fn.memorySize < LIMITS.minMemoryMb,
        `${fn.memorySize} MB`
      )
  },
  {
    id: 'timeout',
    title: 'Timeout within the Lambda@Edge quota',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => `at most ${LIMITS.maxTimeoutSeconds} s`,
    fix: `Lower \`timeout\` to ${LIMITS.maxTimeoutSeconds} s or less (the same on every event type).`,
    check: ({ fn }) => when(fn.timeout > LIMITS.maxTimeoutSeconds, `${fn.timeout} s`)
  },
  {
    id: 'include-body',
    title: 'include-body only on request events',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'viewer-request or origin-request',
    fix: 'Set `include-body: false`, or deploy on a request event.',
    check: ({ includeBody, eventType }) =>
      when(includeBody && !isRequestEvent(eventType), `include-body on ${eventType}`)
  },
  {
    id: 'handler-format',
    title: 'Handler names a module and a function',
    severity: 'error',
    subject: 'function',
    appliesTo: ALL,
    limit: () => 'module.function, as the runtime reads it',
    fix: 'Set `handler` to module.function, e.g. index.handler (Node.js) or app.handler (Python).',
    check: ({ fn }) => {
      const family = runtimeFamily(fn.runtime)
      if (!family || !fn.handler) return undefined
      const parsed = parseHandler(fn.handler, family)
      return parsed.ok ? [] : [{ actual: `${fn.handler}: ${parsed.error}` }]
    }
  },
  {
    id: 'cloudfront-function-conflict',
    title: 'No CloudFront Function on a viewer event of the behavior',
    severity: 'error',
    subject: 'distribution',
    appliesTo: ['viewer-request', 'viewer-response'],
    limit: () => 'Lambda@Edge and CloudFront Functions are not combined in viewer events',
    fix: 'Remove the CloudFront Function from that behavior (or move its logic into this function), or deploy on an origin event: "You cannot combine CloudFront Functions and Lambda@Edge in viewer events" (Restrictions on all edge functions).',
    check: ({ behaviors }) =>
      behaviors?.flatMap(b =>
        b.cloudFrontFunctions
          .filter(f => f.eventType.startsWith('viewer-'))
          .map(f => ({
            actual: `distribution ${b.distributionId}, behavior "${b.cacheBehavior}": CloudFront Function ${f.arn} runs on ${f.eventType}`
          }))
      )
  },
  {
    id: 'package-readable',
    title: 'Package is a readable zip',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: () => 'a valid .zip archive',
    fix: 'Rebuild the package: give a folder or a .zip written by a standard zip tool.',
    check: ({ pkg }) => (pkg ? when(pkg.corrupt !== undefined, pkg.corrupt ?? '') : undefined)
  },
  {
    id: 'package-not-empty',
    title: 'Package has files',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: () => 'at least one file',
    fix: 'Point `package` at the folder or .zip that holds your handler.',
    check: ctx => {
      const pkg = pkgRule(ctx)
      return pkg && when(!pkg.entries.some(e => !e.isDirectory && !e.symlink), 'no files')
    }
  },
  {
    id: 'package-size',
    title: 'Compressed package size',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: () => bytesText(LIMITS.maxZipBytes),
    fix: 'Make the package smaller: bundle and minify, drop dev dependencies and unused files.',
    // Without a package the code that will be published is the function's own: its CodeSize.
    check: ctx => {
      const size = ctx.pkg ? pkgRule(ctx)?.zipBytes : ctx.fn.codeSize
      return size === undefined ? undefined : when(size > LIMITS.maxZipBytes, bytesText(size))
    }
  },
  {
    id: 'package-uncompressed-size',
    title: 'Uncompressed package size',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: () => bytesText(LIMITS.maxUncompressedBytes),
    fix: 'Remove unused files and dependencies from the package.',
    check: ctx => {
      const pkg = pkgRule(ctx)
      return (
        pkg &&
        when(pkg.uncompressedBytes > LIMITS.maxUncompressedBytes, bytesText(pkg.uncompressedBytes))
      )
    }
  },
  {
    id: 'zip-bomb',
    title: 'Compression ratio is plausible',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: () =>
      `ratio at most ${LIMITS.maxCompressionRatio}:1 above ${mb(LIMITS.ratioCheckMinBytes)} unzipped; at most ${grouped(LIMITS.maxEntries)} entries (a sanity cap)`,
    fix: 'This archive looks like a zip bomb: rebuild the package from your sources.',
    // Many small files are not a bomb (node_modules is); the ratio and the total size are. The
    // total size has its own row (package-uncompressed-size); the entry cap only stops absurd input.
    check: ctx => {
      const pkg = pkgRule(ctx)
      if (!pkg) return undefined
      const out: Violation[] = []
      if (pkg.entries.length > LIMITS.maxEntries)
        out.push({ actual: `${grouped(pkg.entries.length)} entries` })
      const ratio = pkg.uncompressedBytes / Math.max(pkg.zipBytes, 1)
      if (pkg.uncompressedBytes > LIMITS.ratioCheckMinBytes && ratio > LIMITS.maxCompressionRatio)
        out.push({
          actual: `ratio ${Math.round(ratio)}:1 (${bytesText(pkg.uncompressedBytes)} from ${bytesText(pkg.zipBytes)})`
        })
      return out
    }
  },
  {
    id: 'entry-paths',
    title: 'Entries stay inside the package',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: () => 'relative paths without .. under every name an extractor could use',
    fix: 'Rebuild the archive without absolute paths or .. components.',
    check: ctx =>
      pkgRule(ctx)?.entries.flatMap(e =>
        namesOf(e)
          .filter(unsafeEntryName)
          .map(name => ({
            actual: name === e.name ? name : `${name} (another name of "${e.name}")`,
            file: e.name
          }))
      )
  },
  {
    id: 'zip-consistency',
    title: 'Zip headers agree and names are unique',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: () => 'central directory = local headers; one entry per name',
    fix: 'Rebuild the .zip with a standard zip tool (or give the folder): this archive says different things to different extractors.',
    check: ctx => {
      const pkg = pkgRule(ctx)
      if (!pkg) return undefined
      return [
        ...(pkg.headerMismatches ?? []).map(actual => ({ actual })),
        ...duplicateNames(pkg).map(name => ({
          actual: `"${name}" is stored more than once (which copy Lambda extracts is undefined)`,
          file: name
        }))
      ]
    }
  },
  {
    id: 'file-modes',
    title: 'Files are readable by everyone',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: () =>
      '644 for files, 755 for directories and executables (when the zip stores Unix modes)',
    fix: 'Lambda runs your code as a user that must read it: `chmod -R a+rX` the folder before zipping (644 files, 755 directories and executables), or give the folder to the action, which sets these modes itself.',
    check: ctx =>
      pkgRule(ctx)
        ?.entries.filter(e => !e.symlink && unreadable(e))
        .map(e => ({ actual: `${e.name} has mode ${modeText(e.unixMode!)}`, file: e.name }))
  },
  {
    id: 'symlinks',
    title: 'Symlinks stay inside the package',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: () => 'links that resolve inside the package',
    fix: 'Replace the link with the file it points to, or remove it.',
    check: ctx =>
      pkgRule(ctx)
        ?.entries.filter(e => e.symlink?.escapes)
        .map(e => ({ actual: `${e.name} -> ${e.symlink!.target}`, file: e.name }))
  },
  {
    id: 'handler-file',
    title: 'Handler module is in the package',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: ({ handler }) =>
      handler ? `one of ${handler.candidates.join(', ')}` : 'the handler module',
    fix: 'Fix `handler` (module.export, e.g. index.handler) or add the module to the package root.',
    check: ({ handler, pkg }) =>
      handler && pkg && !pkg.corrupt
        ? when(handler.file === undefined, `${handler.handler}: no such file`)
        : undefined
  },
  {
    id: 'handler-export',
    title: 'Handler function is exported',
    severity: 'error',
    subject: 'package',
    appliesTo: ALL,
    limit: ({ handler }) => `${handler?.exportName ?? 'the handler'} exported by the module`,
    fix: 'Export the handler function under the name given after the module in `handler` (index.handler: `export const handler = ...` or `exports.handler = ...`; Python: a module-level `def`).',
    check: ({ handler }) => {
      if (handler?.file === undefined || handler.exportStatus === undefined) return undefined
      if (handler.exportStatus === 'present') return []
      const actual = `${handler.exportName} not found in ${handler.file}: ${handler.exportHow ?? ''}`
      return handler.exportStatus === 'missing'
        ? [{ actual, file: handler.file }]
        : [{ actual, file: handler.file, severity: 'warning' }]
    }
  },
  // What the handler answers (smoke-test): each row names its CloudFront page in
  // ./edge-response.ts (SOURCES); a violation is a 502 at the edge for every viewer.
  {
    id: 'response-handler-runs',
    title: 'Handler loads and is found (smoke run)',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: () => 'the module loads in the runtime and exports the handler function',
    fix: 'Export the function named by `handler`, and bundle every module it imports (only the AWS SDK ships with the runtime).',
    check: ctx => answer.handlerRuns(answers(ctx))
  },
  {
    id: 'response-settles',
    title: 'Handler answers in time (smoke run)',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: ({ fn }) => `an answer within the function's timeout (${fn.timeout} s), no throw`,
    fix: 'Make the handler async and return the request or response (or call the callback), and catch what it may throw.',
    check: ctx => answer.settles(answers(ctx))
  },
  {
    id: 'response-callback-style',
    title: 'No callback-style handler on Node.js 24 and later',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: () => 'an async handler (event, context) on nodejs24.x and later',
    fix: 'Make it async: `export const handler = async (event) => { ...; return request }` instead of calling callback.',
    check: ctx => answer.callbackStyle(answers(ctx))
  },
  {
    id: 'response-object',
    title: 'Answer is the right object for the event',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: ({ eventType }) =>
      isRequestEvent(eventType)
        ? 'Records[0].cf.request (possibly changed) or a generated response with a status'
        : 'Records[0].cf.response (possibly changed)',
    fix: 'Return the object CloudFront passed in (event.Records[0].cf.request or .response), changed as needed.',
    check: ctx => answer.responseObject(answers(ctx))
  },
  {
    id: 'response-header-shape',
    title: 'Headers are lower-case names of { key, value } lists',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: () => 'headers["name-in-lower-case"] = [{ key: "Name", value: "string" }]',
    fix: 'Write headers as `headers["x-name"] = [{ key: "X-Name", value: "..." }]`: lower-case name, a list, string values, key matching the name.',
    check: ctx => answer.headerShape(answers(ctx))
  },
  {
    id: 'response-disallowed-header',
    title: 'No disallowed headers',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: () =>
      `none of Connection, Expect, Keep-Alive, Proxy-*, Trailer, Upgrade, X-Accel-*, X-Amzn-*, X-Cache, X-Forwarded-Proto, X-Real-IP, ${DISALLOWED_PREFIXES.map(p => `${p}*`).join(', ')}`,
    fix: 'Remove that header from the answer: CloudFront manages it and refuses an answer that sets it.',
    check: ctx => answer.disallowedHeaders(answers(ctx))
  },
  {
    id: 'response-read-only-header',
    title: 'Read-only headers unchanged',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: ({ eventType }) =>
      `${READ_ONLY_HEADERS[eventType].join(', ')} unchanged on ${eventType}`,
    fix: 'Leave that header as CloudFront gave it (do not add, change or delete it).',
    check: ctx => answer.readOnlyHeaders(answers(ctx))
  },
  {
    id: 'response-status',
    title: 'Status is valid (and unchanged on viewer-response)',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: ({ eventType }) =>
      eventType === 'viewer-response'
        ? 'the status CloudFront passed in'
        : 'an HTTP status code from 200 to 599',
    fix: 'Return a valid status ("200", "302", ...); on viewer-response keep the origin\'s status (change it on origin-response instead).',
    check: ctx => answer.status(answers(ctx))
  },
  {
    id: 'response-size',
    title: 'Response size (headers + body)',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: ({ eventType }) =>
      `${kb(RESPONSE_LIMITS[eventType].maxGeneratedResponseBytes)} on ${eventType}`,
    fix: 'Return a smaller response (redirect to the content, or generate it on an origin event: 1 MB).',
    check: ctx => answer.generatedSize(answers(ctx))
  },
  {
    id: 'response-body',
    title: 'Body encoding and size',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: ({ eventType }) => {
      const l = RESPONSE_LIMITS[eventType]
      return `text or base64, no body on a 204; a replaced request body at most ${kb(l.maxBodyTextBytes)} as text, ${kb(l.maxBodyBase64Bytes)} as base64`
    },
    fix: 'Set bodyEncoding (response) or body.encoding (request) to text or base64, with a body that matches it and fits the limit.',
    check: ctx => answer.body(answers(ctx))
  },
  {
    id: 'response-uri',
    title: 'URI and query string',
    severity: 'error',
    subject: 'response',
    appliesTo: ALL,
    limit: () =>
      `uri starts with /, uri + querystring under ${grouped(URI_LIMITS.maxUriAndQueryChars)} characters, no space, control character or # in the querystring`,
    fix: 'Keep request.uri a path starting with / and percent-encode the query string.',
    check: ctx => answer.uri(answers(ctx))
  }
]

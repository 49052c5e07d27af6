/** Vocabulary shared by the whole action: event types, modes and function ARNs. */
export const EVENT_TYPES = [
  'viewer-request',
  'viewer-response',
  'origin-request',
  'origin-response'
] as const
export type EventType = (typeof EVENT_TYPES)[number]

export const MODES = ['deploy', 'validate', 'plan', 'rollback', 'promote'] as const
export type Mode = (typeof MODES)[number]

/** Lambda@Edge functions must live here; CloudFront replicates them from this region only. */
export const EDGE_REGION = 'us-east-1'

export const DEFAULT_BEHAVIOR = 'default'

export const isRequestEvent = (e: EventType): boolean => e.endsWith('-request')

export interface FunctionArn {
  partition: string
  region: string
  account: string
  name: string
  /** A version number, `$LATEST` or an alias name; absent for an unqualified ARN. */
  qualifier?: string
}

const ARN_RE =
  /^arn:(aws[a-z-]*):lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]{1,64})(?::([A-Za-z0-9_$-]+))?$/

export function parseFunctionArn(arn: string): FunctionArn | undefined {
  const m = ARN_RE.exec(arn)
  if (!m) return undefined
  const [, partition, region, account, name, qualifier] = m
  return { partition: partition!, region: region!, account: account!, name: name!, qualifier }
}

export const unqualifiedArn = (a: FunctionArn): string =>
  `arn:${a.partition}:lambda:${a.region}:${a.account}:function:${a.name}`

/** The version number of a numbered version ARN, or undefined for $LATEST, aliases and bare ARNs. */
export function versionOf(arn: string): string | undefined {
  const q = parseFunctionArn(arn)?.qualifier
  return q !== undefined && /^\d+$/.test(q) ? q : undefined
}

/** Both ARNs name the same function (whatever their qualifiers). */
export function sameFunction(a: string, b: string): boolean {
  const pa = parseFunctionArn(a)
  const pb = parseFunctionArn(b)
  return pa !== undefined && pb !== undefined && unqualifiedArn(pa) === unqualifiedArn(pb)
}

// Types for fault-proxy.mjs (the fault-injecting HTTP proxy between the action and the emulator).

/**
 * What an armed operation answers instead of (or on top of) the emulator:
 * - `throttle`: CloudFront/IAM 400 `Throttling`; Lambda 429 `TooManyRequestsException`.
 * - `http500`, `http503`: the service's 5xx error (Lambda `ServiceException`, CloudFront `InternalError`,
 *   IAM `ServiceFailure`; 503 `ServiceUnavailable[Exception]`).
 * - `reset`: the connection is destroyed before the request reaches the emulator.
 * - `reset-after`: forwarded (the emulator does the work), then the connection is destroyed: the answer is lost.
 * - `slow`: forwarded after `delayMs` (default 1500).
 * - `hang`: never answered (a connection that died silently); the client must time out.
 * - `conflict`: Lambda 409 `ResourceConflictException` (an update is in progress).
 * - `in-progress`: forwarded, then the answer says `LastUpdateStatus: InProgress` / `State: Pending`.
 * - `revision-moves`: a Lambda update is forwarded, but its answer carries a RevisionId that is
 *   already stale (Lambda moves to a new one when the update finishes): any later Lambda write
 *   guarded by it gets 412 `PreconditionFailedException`, as on AWS.
 * - `concurrent-edit`: UpdateDistribution only: someone else's edit (`comment`, numbered) lands in the
 *   emulator just before the request is forwarded, so the emulator answers a genuine 412.
 * - `access-denied`: 403 `AccessDeniedException` (Lambda) / `AccessDenied` (CloudFront, IAM), naming the action.
 * - `no-such-distribution`: 404 `NoSuchDistribution`.
 * - `invalid-association`: 400 `InvalidLambdaFunctionAssociation` with `message` (or a role-trust reason).
 * - `error`: any `{status, code, message}` in the service's shape.
 */
export type FaultKind =
  | 'throttle'
  | 'http500'
  | 'http503'
  | 'reset'
  | 'reset-after'
  | 'slow'
  | 'hang'
  | 'conflict'
  | 'in-progress'
  | 'revision-moves'
  | 'concurrent-edit'
  | 'access-denied'
  | 'no-such-distribution'
  | 'invalid-association'
  | 'error'

export interface FaultSpec {
  kind: FaultKind
  /** slow: milliseconds before forwarding. */
  delayMs?: number
  /** concurrent-edit: the Comment the other editor sets (suffixed with ` #N`, N counting from 1). */
  comment?: string
  /** invalid-association, error: the message AWS would give. */
  message?: string
  /** error: HTTP status and error code. */
  status?: number
  code?: string
}

export interface ArmOptions {
  /** How many matching requests meet the fault (default 1; Infinity for a permanent fault). */
  times?: number
  /** Let this many matching requests through first (e.g. 1: the second GetFunction, the waiter's). */
  skip?: number
  /** Only requests on this function name, distribution id or role name. */
  resource?: string
}

export interface ProxiedRequest {
  method: string
  path: string
  /** Signing name: 'lambda', 'cloudfront', 'iam'. */
  service: string
  /** e.g. 'UpdateFunctionCode', 'UpdateDistribution', 'GetRole'; null if not recognised. */
  operation: string | null
  /** Function name, distribution id or role name the request is about. */
  resource: string | null
  /** False only for Get*, List*, Describe*, Head* operations. */
  mutating: boolean
  /** The fault this request met, if any. */
  fault: FaultKind | null
  /** Whether the request reached the emulator. */
  forwarded: boolean
  /** HTTP status the client saw, 'reset', or 'reset after 200' (the emulator's answer, lost). */
  status: number | string | null
}

export interface ConcurrentEdit {
  distributionId: string
  comment: string
}

export interface FaultProxy {
  /** http://127.0.0.1:PORT */
  endpoint: string
  port: number
  /** The target's env with AWS_ENDPOINT_URL pointing at the proxy. */
  env: Record<string, string>
  /** Arm a fault for the next matching requests of `operation`; faults are checked in arming order. */
  arm(operation: string, fault: FaultKind | FaultSpec, opts?: ArmOptions): { injected(): number }
  /** Forget every armed fault. */
  disarm(): void
  /** Forget armed faults, the request log and the edits (not the total count of faults injected). */
  reset(): void
  /** Requests since the last reset(), oldest first. */
  requests(): ProxiedRequest[]
  /** Concurrent edits the proxy made since the last reset(), oldest first. */
  edits(): ConcurrentEdit[]
  /** Faults injected since the proxy started. */
  injected(): number
  /** Operations of the mutating requests that reached the emulator since the last reset(). */
  mutatingForwarded(resource?: string): string[]
  stop(): Promise<void>
}

export function startFaultProxy(target: {
  endpoint: string
  env?: Record<string, string>
}): Promise<FaultProxy>

export function identify(
  method: string,
  url: string,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer
): { service: string; operation: string | null; resource: string | null; mutating: boolean }

/**
 * The Lambda@Edge quotas that depend on the event type (CloudFront Developer Guide, "Quotas on
 * Lambda@Edge"), as data. Every rule that compares a number reads it from here.
 */
import type { EventType } from '../edge.js'

export interface EventLimits {
  maxMemoryMb: number
  maxTimeoutSeconds: number
  maxZipBytes: number
}

const VIEWER: EventLimits = { maxMemoryMb: 128, maxTimeoutSeconds: 5, maxZipBytes: 1_048_576 }
const ORIGIN: EventLimits = {
  maxMemoryMb: 10_240,
  maxTimeoutSeconds: 30,
  maxZipBytes: 50 * 1_048_576
}

export const EVENT_LIMITS: Readonly<Record<EventType, EventLimits>> = {
  'viewer-request': VIEWER,
  'viewer-response': VIEWER,
  'origin-request': ORIGIN,
  'origin-response': ORIGIN
}

/** Limits that hold whatever the event type. */
export const LIMITS = {
  minMemoryMb: 128,
  maxEphemeralStorageMb: 512,
  // The general Lambda limit on the unzipped package.
  maxUncompressedBytes: 250 * 1_048_576,
  // No real edge handler comes near these; an archive past them is a zip bomb or a mistake.
  maxCompressionRatio: 100,
  maxEntries: 20_000,
  // Below this size a high ratio proves nothing (a 10 KB file of spaces compresses 100:1).
  ratioCheckMinBytes: 10 * 1_048_576
} as const

/**
 * The `test-events` input: a JSON file, a folder of them, or a glob (`events/*.json`,
 * `tests/**\/cf-*.json`). Each file is read, parsed and filled in for the configured event type;
 * every problem names the file and says what to do. Node 20 has no fs.glob, hence the small
 * matcher below (`*`, `?` and `**` are all the input needs).
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { EventType } from '../edge.js'
import { err, ok, type Result } from '../result.js'
import { type CfEvent, fillEvent } from './events.js'

export interface UserEvent {
  /** The file as the user would name it (relative to the working directory). */
  file: string
  event: CfEvent
}

/** At most this many events: each one is a process start. */
export const MAX_USER_EVENTS = 50
const MAX_EVENT_BYTES = 2 * 1_048_576

const isGlob = (s: string): boolean => /[*?[]/.test(s)

export function globToRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*' && pattern[i + 1] === '*') {
      re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += pattern[i + 2] === '/' ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(p)))
    else if (e.isFile()) out.push(p)
  }
  return out
}

async function filesOf(spec: string): Promise<Result<string[], string>> {
  if (isGlob(spec)) {
    const parts = spec.split('/')
    const fixed = parts.slice(0, parts.findIndex(isGlob)).join('/') || '.'
    const base = resolve(fixed)
    const files = await walk(base).catch(() => [] as string[])
    const re = globToRegExp(resolve(spec).split(sep).join('/'))
    const hits = files.filter(f => re.test(f.split(sep).join('/'))).sort()
    return hits.length > 0 ? ok(hits) : err(`"${spec}" matches no file: check the pattern`)
  }
  const s = await stat(spec).catch(() => undefined)
  if (!s) return err(`"${spec}" does not exist (looked for ${resolve(spec)})`)
  if (s.isFile()) return ok([resolve(spec)])
  const json = (await walk(resolve(spec))).filter(f => f.endsWith('.json')).sort()
  return json.length > 0 ? ok(json) : err(`folder "${spec}" holds no .json file`)
}

async function readEvent(
  path: string,
  eventType: EventType,
  includeBody: boolean
): Promise<Result<UserEvent, string>> {
  const file = relative(process.cwd(), path) || path
  const size = (await stat(path)).size
  if (size > MAX_EVENT_BYTES)
    return err(`${file} is ${size} bytes: a CloudFront event is far smaller (at most 2 MB here)`)
  let json: unknown
  try {
    json = JSON.parse(await readFile(path, 'utf8'))
  } catch (e) {
    return err(`${file} is not valid JSON (${(e as Error).message}): fix the file`)
  }
  const filled = fillEvent(json, eventType, includeBody)
  return filled.ok
    ? ok({ file, event: filled.value })
    : err(
        `${file} ${filled.error}. Give a whole event (Records[0].cf) or { "request": ... } / { "request": ..., "response": ... }`
      )
}

/** Reads every event the input names; all problems at once. */
export async function loadUserEvents(
  spec: string,
  eventType: EventType,
  includeBody: boolean
): Promise<Result<UserEvent[], string>> {
  const files = await filesOf(spec)
  if (!files.ok) return files
  if (files.value.length > MAX_USER_EVENTS)
    return err(
      `"${spec}" names ${files.value.length} files: at most ${MAX_USER_EVENTS}, pick the ones that matter`
    )
  const read = await Promise.all(files.value.map(f => readEvent(f, eventType, includeBody)))
  const problems = read.flatMap(r => (r.ok ? [] : [r.error]))
  if (problems.length > 0) return err(problems.join('; '))
  return ok(read.flatMap(r => (r.ok ? [r.value] : [])))
}

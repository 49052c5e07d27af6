/**
 * Builds the .zip that deploy uploads from a folder, deterministically: the same files give the
 * same bytes (and so the same CodeSha256) whatever the filesystem order, mtimes, umask, time zone,
 * machine or Node release (src/package/zip-writer.ts fixes the headers and deflates in plain JS).
 *
 * Why synchronous: a node_modules-sized origin function has tens of thousands of small files, and
 * per file an awaited stat or read stream costs more than reading and compressing it. Each file is
 * read, compressed and dropped in turn, so memory holds the compressed archive plus one file.
 *
 * What goes in: regular files, sorted by path with `/` separators, mode 0644 (0755 when the source
 * has any execute bit), dated 1980-01-01 00:00:00. Directories get no entries (extraction creates
 * them). Symlinks: one that resolves inside the folder is stored as its target's content (a
 * directory link is walked like a directory); one that is absolute, dangling, cyclic or leaves
 * the folder is not followed and not stored, but is listed in the facts as an escaping symlink
 * so the rules refuse the package rather than deploying something silently different.
 * Skipped: directories named `.git` (version-control metadata, never code Lambda runs).
 * Sockets, FIFOs and devices cannot be zipped: building fails naming them.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { isAbsolute, join, sep } from 'node:path'
import type { OpenedPackage, PackageEntry } from './facts.js'
import { DEFAULT_TEXT_LIMIT } from './zip-reader.js'
import { compressFiles, META_FIELDS } from './compress.mjs'
import { entryData, type StoredEntry, zipWriter } from './zip-writer.js'

const FILE_MODE = 0o100644
const EXECUTABLE_MODE = 0o100755
const SKIPPED_DIRECTORIES = new Set(['.git'])

/**
 * A file to store: its name in the zip and, when it was reached through a symlink, the real path
 * to read it from (else it is read at the name under the root, compress.mjs's filePath). Not a
 * joined path per file: path.join's strings cost about 550 bytes each on the heap (11 MB for
 * 20,000 files, measured), and surviving objects are what grows V8's young generation.
 */
interface FileItem {
  name: string
  realPath?: string
}

interface Collected {
  /** The folder's real path: the files' names are relative to it. */
  root: string
  files: FileItem[]
  /** Links that were not followed: recorded as facts, never stored. */
  refusedLinks: PackageEntry[]
}

/** A folder problem that makes a faithful archive impossible (openPackage reports it). */
export class PackageBuildError extends Error {
  override name = 'PackageBuildError'
}

function byName<T extends { name: string }>(a: T, b: T): number {
  // Code-unit order, not localeCompare: the result must not depend on the runner's locale.
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep)
}

function refusedLink(name: string, target: string): PackageEntry {
  return {
    name,
    compressedSize: 0,
    uncompressedSize: 0,
    isDirectory: false,
    symlink: { target, escapes: true }
  }
}

function describeOddFile(stats: { isFIFO(): boolean; isSocket(): boolean }): string {
  if (stats.isFIFO()) return 'a named pipe'
  if (stats.isSocket()) return 'a socket'
  return 'a device file'
}

/**
 * `ancestors` holds the real paths of the directories being walked, so a link back to one of
 * them (which would recurse forever) is caught and refused instead of followed. `viaLink`: `dir`
 * was reached through a directory symlink, so its files keep the real path they are read from.
 */
function walk(
  root: string,
  dir: string,
  prefix: string,
  ancestors: ReadonlySet<string>,
  out: Collected,
  viaLink = false
): void {
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    const name = prefix === '' ? dirent.name : `${prefix}/${dirent.name}`
    const path = join(dir, dirent.name)
    if (dirent.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(dirent.name)) continue
      walk(root, path, name, new Set([...ancestors, realpathSync(path)]), out, viaLink)
    } else if (dirent.isSymbolicLink()) {
      addLink(root, path, name, ancestors, out)
    } else if (dirent.isFile()) {
      // The common case: its mode is read when it is compressed (compress.mjs), not here.
      out.files.push(viaLink ? { name, realPath: path } : { name })
    } else {
      addFile(path, path, name, out)
    }
  }
}

function addFile(path: string, realPath: string, name: string, out: Collected): void {
  const stats = lstatSync(realPath)
  if (!stats.isFile()) {
    throw new PackageBuildError(
      `${path} is ${describeOddFile(stats)}; only files, folders and symlinks can be packaged`
    )
  }
  out.files.push({ name, realPath })
}

function addLink(
  root: string,
  path: string,
  name: string,
  ancestors: ReadonlySet<string>,
  out: Collected
): void {
  const target = readlinkSync(path)
  const resolved = isAbsolute(target) ? undefined : realpathOrUndefined(path)
  if (resolved === undefined || !isInside(root, resolved) || ancestors.has(resolved)) {
    out.refusedLinks.push(refusedLink(name, target))
    return
  }
  if (statSync(resolved).isDirectory()) {
    walk(root, resolved, name, new Set([...ancestors, resolved]), out, true)
  } else {
    addFile(path, resolved, name, out)
  }
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined // dangling or a loop: refused as escaping
  }
}

function collectFiles(dir: string): Collected {
  const root = realpathSync(dir)
  const out: Collected = { root, files: [], refusedLinks: [] }
  walk(root, root, '', new Set([root]), out)
  out.files.sort(byName)
  out.refusedLinks.sort(byName)
  return out
}

/** Compressed files of one batch, in order: their bodies end to end, META_FIELDS numbers each. */
interface Batch {
  bodies: Uint8Array
  meta: Float64Array
}

/** Files per batch that the two threads take turns at: small enough to share the work evenly. */
const BATCH_FILES = 128
/** Below this many files a second thread costs more to start (about 30 ms) than it saves. */
const PARALLEL_MIN_FILES = 1000
/**
 * Threads that compress: this one and, with a second core, one worker. Measured on the bench's
 * 20,000-file folder on 2 cores (zipFolder alone, load 3.6): 1.5 s with the worker against
 * 2.0-2.9 s without, zip -qr -X 1.5 s; the worker costs ~0.4 s of CPU (its start-up and JIT
 * warm-up) and 5-6 MB of peak RSS. Under a load of 10 it finished no sooner: no core was idle.
 */
const MAX_THREADS = 2

type WorkerReply =
  | ({ batch: number } & Batch)
  | { done: true }
  | { error: { message: string; code?: string; path?: string } }

/** The archive's exact size: the compressed bodies, two headers per entry, the end records. */
function archiveSize(files: readonly FileItem[], batches: readonly Batch[]): number {
  const headers = (f: FileItem): number => 30 + 46 + 2 * Buffer.byteLength(f.name)
  const bodies = batches.reduce((sum, b) => sum + b.bodies.length, 0)
  return files.reduce((sum, f) => sum + headers(f), bodies + 98)
}

/**
 * Compresses `files` (under `root`) in batches on this thread and, with `threads` 2, on a worker beside it: each
 * takes the next batch from a shared counter. Deflate is most of a big folder's time and Info-ZIP
 * has one thread; a second one halves the wait on a 2-core runner. The bytes are the same either
 * way (the same compress.mjs, the batches put back in order).
 */
async function compressAll(
  root: string,
  files: readonly FileItem[],
  threads: number
): Promise<Batch[]> {
  const batches = Math.ceil(files.length / BATCH_FILES)
  const results: Batch[] = new Array<Batch>(batches)
  const counter = new Int32Array(new SharedArrayBuffer(4))
  const worker =
    threads > 1 && batches > 1
      ? new Worker(new URL('./deflate-worker.mjs', import.meta.url), {
          workerData: { root, files, batchSize: BATCH_FILES, counter }
        })
      : undefined
  const workerDone = worker ? collect(worker, results) : Promise.resolve()
  // If this thread fails (an unreadable file), the worker must not keep the process alive.
  try {
    for (let k = Atomics.add(counter, 0, 1); k < batches; k = Atomics.add(counter, 0, 1))
      results[k] = compressFiles(root, files.slice(k * BATCH_FILES, (k + 1) * BATCH_FILES))
  } catch (e) {
    await worker?.terminate()
    throw e
  }
  await workerDone
  return results
}

/** Stores the worker's batches in `results`; settles when it has no more, or on its error. */
function collect(worker: Worker, results: Batch[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    worker.on('message', (m: WorkerReply) => {
      if ('batch' in m) results[m.batch] = { bodies: m.bodies, meta: m.meta }
      else if ('done' in m) resolve()
      else reject(Object.assign(new Error(m.error.message), m.error))
    })
    worker.on('error', reject)
    worker.on('exit', code =>
      code === 0 ? resolve() : reject(new Error(`the packaging thread stopped (exit ${code})`))
    )
  })
}

/**
 * The archive and its entries' facts, taken as they are written: reading back the central
 * directory we just wrote would cost as much again for a big folder and tell nothing new.
 */
async function archive(
  root: string,
  files: readonly FileItem[],
  threads: number
): Promise<{ bytes: Buffer; entries: PackageEntry[]; stored: Map<string, StoredEntry> }> {
  const batches = await compressAll(root, files, threads)
  const zip = zipWriter(archiveSize(files, batches))
  const stored = new Map<string, StoredEntry>()
  let start = 0 // where the file's body starts in its batch's bodies: they lie end to end
  const entries = files.map((file, i) => {
    const batch = batches[Math.floor(i / BATCH_FILES)]!
    const at = (i % BATCH_FILES) * META_FIELDS
    if (at === 0) start = 0
    const [length, size, crc, method, executable] = batch.meta.subarray(at, at + META_FIELDS)
    const body = batch.bodies.subarray(start, (start += length!))
    const mode = executable ? EXECUTABLE_MODE : FILE_MODE
    const e = zip.addCompressed(file.name, mode, { method: method!, crc: crc!, size: size!, body })
    stored.set(file.name, e)
    return {
      name: file.name,
      compressedSize: e.compressedSize,
      uncompressedSize: e.size,
      isDirectory: false,
      // What a reader finds in the central directory: the file-modes rule judges it.
      unixMode: mode
    }
  })
  return { bytes: zip.finish(), entries, stored }
}

/**
 * Zips `dir` the way deploy will upload it and describes the result. Throws (PackageBuildError or
 * a filesystem error) only when the folder cannot be read or holds something unzippable;
 * openPackage turns that into a typed result.
 */
export async function zipFolder(
  dir: string,
  opts: { threads?: number } = {}
): Promise<OpenedPackage> {
  const { root, files, refusedLinks } = collectFiles(dir)
  const threads =
    opts.threads ??
    (files.length >= PARALLEL_MIN_FILES ? Math.min(MAX_THREADS, availableParallelism()) : 1)
  const { bytes, entries, stored } = await archive(root, files, threads)
  return {
    facts: {
      source: dir,
      kind: 'folder',
      zipBytes: bytes.length,
      uncompressedBytes: entries.reduce((sum, e) => sum + e.uncompressedSize, 0),
      entries: [...entries, ...refusedLinks].sort(byName)
    },
    // Read back from the archive itself, so the checks see exactly what will be uploaded.
    async readText(entryName, maxBytes = DEFAULT_TEXT_LIMIT) {
      const e = stored.get(entryName)
      if (e === undefined || e.size > maxBytes) return undefined
      return new TextDecoder('utf-8').decode(entryData(bytes, e))
    },
    bytes: async () => bytes
  }
}

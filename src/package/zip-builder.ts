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
import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync
} from 'node:fs'
import { isAbsolute, join, sep } from 'node:path'
import type { OpenedPackage, PackageEntry } from './facts.js'
import { DEFAULT_TEXT_LIMIT } from './zip-reader.js'
import { entryData, type StoredEntry, zipWriter } from './zip-writer.js'

const FILE_MODE = 0o100644
const EXECUTABLE_MODE = 0o100755
const SKIPPED_DIRECTORIES = new Set(['.git'])

/** A file to store: its name in the zip and the real path to read it from. */
interface FileItem {
  name: string
  realPath: string
  executable: boolean
  /** Bytes when walked: only sizes the archive's buffer, the content read later is what counts. */
  size: number
}

interface Collected {
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
 * them (which would recurse forever) is caught and refused instead of followed.
 */
function walk(
  root: string,
  dir: string,
  prefix: string,
  ancestors: ReadonlySet<string>,
  out: Collected
): void {
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    const name = prefix === '' ? dirent.name : `${prefix}/${dirent.name}`
    const path = join(dir, dirent.name)
    if (dirent.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(dirent.name)) continue
      walk(root, path, name, new Set([...ancestors, realpathSync(path)]), out)
    } else if (dirent.isSymbolicLink()) {
      addLink(root, path, name, ancestors, out)
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
  out.files.push({ name, realPath, executable: (stats.mode & 0o111) !== 0, size: stats.size })
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
    walk(root, resolved, name, new Set([...ancestors, resolved]), out)
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

function collect(dir: string): Collected {
  const root = realpathSync(dir)
  const out: Collected = { files: [], refusedLinks: [] }
  walk(root, root, '', new Set([root]), out)
  out.files.sort(byName)
  out.refusedLinks.sort(byName)
  return out
}

/**
 * Reads a whole file into `scratch` (grown when too small) and returns the filled part: one
 * buffer for all files instead of one per file, since the writer copies what it keeps.
 */
function readInto(path: string, scratch: { buf: Buffer }): Buffer {
  const fd = openSync(path, 'r')
  try {
    let used = 0
    for (;;) {
      if (used === scratch.buf.length) {
        const bigger = Buffer.allocUnsafe(scratch.buf.length * 2)
        scratch.buf.copy(bigger, 0, 0, used)
        scratch.buf = bigger
      }
      const n = readSync(fd, scratch.buf, used, scratch.buf.length - used, null)
      if (n === 0) return scratch.buf.subarray(0, used)
      used += n
    }
  } finally {
    closeSync(fd)
  }
}

/** At most this many bytes: each entry stored or smaller, two headers, the end records. */
function archiveBound(files: readonly FileItem[]): number {
  const perEntry = (f: FileItem): number => 30 + 46 + 2 * Buffer.byteLength(f.name) + f.size
  return files.reduce((sum, f) => sum + perEntry(f), 98)
}

/**
 * The archive and its entries' facts, taken as they are written: reading back the central
 * directory we just wrote would cost as much again for a big folder and tell nothing new.
 */
function archive(files: readonly FileItem[]): {
  bytes: Buffer
  entries: PackageEntry[]
  stored: Map<string, StoredEntry>
} {
  const zip = zipWriter(archiveBound(files))
  const scratch = { buf: Buffer.allocUnsafe(64 * 1024) }
  const stored = new Map<string, StoredEntry>()
  const entries = files.map(file => {
    const mode = file.executable ? EXECUTABLE_MODE : FILE_MODE
    const e = zip.add({ name: file.name, mode, data: readInto(file.realPath, scratch) })
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
export async function zipFolder(dir: string): Promise<OpenedPackage> {
  const { files, refusedLinks } = collect(dir)
  const { bytes, entries, stored } = archive(files)
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

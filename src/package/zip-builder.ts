/**
 * Builds the .zip that deploy uploads from a folder, deterministically: the same files give the
 * same bytes (and so the same CodeSha256) whatever the filesystem order, mtimes or umask.
 *
 * Why yazl (not fflate): it streams each file from disk through zlib, writes Zip64 by itself
 * when an archive needs it, and lets us fix every header field that would otherwise vary
 * (timestamp, mode, no extended-timestamp field). fflate would need every file in memory at once
 * and its own deflate; yazl uses Node's zlib, so the output is stable for a given Node build.
 * (Bytes may differ across Node releases if their bundled zlib changes; the rules never compare
 * across machines, only the upload and its facts, which come from the same build.)
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
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, sep } from 'node:path'
import yazl from 'yazl'
import type { OpenedPackage, PackageEntry } from './facts.js'
import { openZipBuffer } from './zip-reader.js'

/**
 * Built in local time on purpose: yazl converts with local-time getters when forceDosTimestamp
 * is set, so this Date always encodes as DOS 1980-01-01 00:00:00, in any time zone.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0)
const FILE_MODE = 0o100644
const EXECUTABLE_MODE = 0o100755
/** Smallest output: a smaller package uploads, replicates and cold-starts faster. */
const COMPRESSION_LEVEL = 9
const SKIPPED_DIRECTORIES = new Set(['.git'])

/** A file to store: its name in the zip and the real path to read it from. */
interface FileItem {
  name: string
  realPath: string
  executable: boolean
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
async function walk(
  root: string,
  dir: string,
  prefix: string,
  ancestors: ReadonlySet<string>,
  out: Collected
): Promise<void> {
  for (const dirent of await readdir(dir, { withFileTypes: true })) {
    const name = prefix === '' ? dirent.name : `${prefix}/${dirent.name}`
    const path = join(dir, dirent.name)
    if (dirent.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(dirent.name)) continue
      await walk(root, path, name, new Set([...ancestors, await realpath(path)]), out)
    } else if (dirent.isSymbolicLink()) {
      await addLink(root, path, name, ancestors, out)
    } else {
      await addFile(path, path, name, out)
    }
  }
}

async function addFile(
  path: string,
  realPath: string,
  name: string,
  out: Collected
): Promise<void> {
  const stats = await lstat(realPath)
  if (!stats.isFile()) {
    throw new PackageBuildError(
      `${path} is ${describeOddFile(stats)}; only files, folders and symlinks can be packaged`
    )
  }
  out.files.push({ name, realPath, executable: (stats.mode & 0o111) !== 0 })
}

async function addLink(
  root: string,
  path: string,
  name: string,
  ancestors: ReadonlySet<string>,
  out: Collected
): Promise<void> {
  const target = await readlink(path)
  const resolved = isAbsolute(target) ? undefined : await realpath(path).catch(() => undefined)
  if (resolved === undefined || !isInside(root, resolved) || ancestors.has(resolved)) {
    out.refusedLinks.push(refusedLink(name, target))
    return
  }
  if ((await stat(resolved)).isDirectory()) {
    await walk(root, resolved, name, new Set([...ancestors, resolved]), out)
  } else {
    await addFile(path, resolved, name, out)
  }
}

async function collect(dir: string): Promise<Collected> {
  const root = await realpath(dir)
  const out: Collected = { files: [], refusedLinks: [] }
  await walk(root, root, '', new Set([root]), out)
  out.files.sort(byName)
  out.refusedLinks.sort(byName)
  return out
}

async function archive(files: FileItem[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const file of files) {
    zip.addFile(file.realPath, file.name, {
      mtime: FIXED_MTIME,
      forceDosTimestamp: true, // no extended-timestamp field: it would carry a real time
      mode: file.executable ? EXECUTABLE_MODE : FILE_MODE,
      compress: true,
      compressionLevel: COMPRESSION_LEVEL
    })
  }
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.on('error', reject)
    zip.outputStream.on('error', reject)
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
  })
  zip.end()
  return done
}

/**
 * Zips `dir` the way deploy will upload it and describes the result. Throws (PackageBuildError or
 * a filesystem error) only when the folder cannot be read or holds something unzippable;
 * openPackage turns that into a typed result.
 */
export async function zipFolder(dir: string): Promise<OpenedPackage> {
  const { files, refusedLinks } = await collect(dir)
  const built = await openZipBuffer(await archive(files), dir)
  const entries = [...built.facts.entries, ...refusedLinks].sort(byName)
  return { ...built, facts: { ...built.facts, kind: 'folder', entries } }
}

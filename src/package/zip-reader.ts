/**
 * Describes a .zip from its central directory alone.
 *
 * Why yauzl: it is the well-kept Node reader that parses the central directory lazily, one
 * record at a time, supports Zip64, and opens a single entry's data on demand, which is exactly
 * the "facts without inflating" shape we need. Hand-written parsing would repeat its Zip64 and
 * extra-field handling for no gain. Options, and why:
 * - `lazyEntries: true` (eachEntry): records are parsed as we ask for them, never in a burst.
 * - `autoClose: false`: symlink targets are read after the listing, before we close.
 * - `decodeStrings: false`: with it on, yauzl *rejects* the whole archive at the first `..` or
 *   absolute name. Those names are facts the rules must report, so we decode names ourselves
 *   with yauzl's own getFileNameLowLevel (CP437/UTF-8 and the Info-ZIP Unicode path field).
 * - `strictFileNames: false`: backslashes become `/`, so `..\evil` is seen (and refused) as `../evil`.
 * - `validateEntrySizes: true`: a stored entry whose two sizes disagree is corruption, and an
 *   inflated entry may not exceed the size it declares (a zip-bomb guard for readText).
 * Small positioned reads go through a read-ahead window (read-ahead-reader.ts) for speed.
 */
import { open as openFd, close as closeFd, openSync, closeSync, readSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import yauzl from 'yauzl'
import type { OpenedPackage, PackageEntry, PackageFacts } from './facts.js'
import { ReadAheadFileReader } from './read-ahead-reader.js'
import { isDirectoryMode, isSymlinkMode, linkEscapes, linkKey, unixMode } from './symlinks.js'
import {
  extractorNames,
  headerMismatch,
  type LocalHeader,
  type Peek,
  readLocalHeader
} from './zip-names.js'

const YAUZL_OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  decodeStrings: false,
  strictFileNames: false,
  validateEntrySizes: true
}

/** readText's default ceiling: handler sources are small; a bigger one is not read by accident. */
export const DEFAULT_TEXT_LIMIT = 1024 * 1024

/** PATH_MAX on Linux: a link text longer than this cannot be a valid link. */
const MAX_LINK_TARGET_BYTES = 4096

/** The smallest local file header (30 bytes before the name), used for a cheap truncation check. */
const LOCAL_HEADER_MIN_BYTES = 30

/** Where an archive's bytes come from; each open() gives a fresh yauzl ZipFile the caller closes. */
interface ZipSource {
  open(): Promise<yauzl.ZipFile>
  bytes(): Promise<Buffer>
  /** Synchronous small reads for the local headers; the caller closes it. */
  peeker(): { peek: Peek; close(): void }
}

type Scan =
  | {
      ok: true
      entries: PackageEntry[]
      byName: Map<string, yauzl.Entry>
      headerMismatches: string[]
    }
  | { ok: false; reason: string }

const openAsync = promisify(openFd)

function fileSource(path: string, size: number): ZipSource {
  return {
    async open() {
      const fd = await openAsync(path, 'r')
      try {
        return await yauzl.fromRandomAccessReaderPromise(
          new ReadAheadFileReader(fd),
          size,
          YAUZL_OPTIONS
        )
      } catch (err) {
        // yauzl never took ownership of the descriptor when the archive is rejected.
        closeFd(fd, () => undefined)
        throw err
      }
    },
    bytes: () => readFile(path),
    peeker() {
      const fd = openSync(path, 'r')
      // One small read per header: a window would copy the data of every file in between.
      const peek: Peek = (position, length) => {
        const out = Buffer.allocUnsafe(length)
        return out.subarray(0, readSync(fd, out, 0, length, position))
      }
      return { peek, close: () => closeSync(fd) }
    }
  }
}

function bufferSource(buffer: Buffer): ZipSource {
  return {
    open: () => yauzl.fromBufferPromise(buffer, YAUZL_OPTIONS),
    bytes: async () => buffer,
    peeker: () => ({
      peek: (position, length) => buffer.subarray(position, position + length),
      close: () => undefined
    })
  }
}

async function withZip<T>(source: ZipSource, use: (zip: yauzl.ZipFile) => Promise<T>): Promise<T> {
  const zip = await source.open()
  try {
    return await use(zip)
  } finally {
    zip.close()
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

function entryName(entry: yauzl.Entry): string {
  return yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    false
  )
}

/**
 * Inflates one entry, at most `maxBytes` of output; undefined when it is larger, encrypted, uses
 * an unsupported method or fails to inflate. Only this entry's bytes are read from the file.
 */
async function readEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  maxBytes: number
): Promise<Buffer | undefined> {
  if (entry.uncompressedSize > maxBytes || !entry.canDecodeFileData()) return undefined
  try {
    const stream = await zip.openReadStreamPromise(entry)
    const chunks: Buffer[] = []
    let total = 0
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length
      if (total > maxBytes) return undefined // leaving the loop destroys the stream
      chunks.push(chunk)
    }
    return Buffer.concat(chunks)
  } catch {
    return undefined
  }
}

function decodeText(bytes: Buffer): string {
  // Not fatal: a stray invalid byte in a comment should not hide the rest of the source.
  return new TextDecoder('utf-8').decode(bytes)
}

/** Cheap truncation check from the directory alone: the entry's data cannot end past the file. */
function runsPastEnd(entry: yauzl.Entry, fileSize: number): boolean {
  return (
    entry.relativeOffsetOfLocalHeader + LOCAL_HEADER_MIN_BYTES + entry.compressedSize > fileSize
  )
}

function toFact(entry: yauzl.Entry, names: string[]): PackageEntry {
  const [name = '', ...otherNames] = names
  const mode = unixMode(entry.externalFileAttributes)
  return {
    name,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    isDirectory: name.endsWith('/') || isDirectoryMode(entry.externalFileAttributes),
    ...(otherNames.length > 0 ? { otherNames } : {}),
    // All sixteen bits zero is what Windows tools write: no Unix modes, and Lambda's defaults apply.
    ...(mode !== 0 ? { unixMode: mode } : {})
  }
}

/**
 * Reads every link's target, then judges each against all of them (a link can escape through
 * another). A target we cannot read is recorded as escaping: we cannot prove it stays inside.
 */
async function describeLinks(
  zip: yauzl.ZipFile,
  links: Array<{ fact: PackageEntry; raw: yauzl.Entry }>
): Promise<void> {
  const targets = new Map<string, string>()
  const texts: Array<string | undefined> = []
  for (const { fact, raw } of links) {
    const bytes = await readEntry(zip, raw, MAX_LINK_TARGET_BYTES)
    const text = bytes === undefined ? undefined : decodeText(bytes)
    texts.push(text)
    if (text !== undefined) targets.set(linkKey(fact.name), text)
  }
  links.forEach(({ fact }, i) => {
    const target = texts[i]
    fact.symlink =
      target === undefined
        ? { target: '', escapes: true }
        : { target, escapes: linkEscapes(fact.name, target, targets) }
  })
}

/**
 * Local headers are read after the whole directory, in file order, so the disk moves forward
 * through the file once.
 */
function localHeaders(source: ZipSource, raws: yauzl.Entry[]): LocalHeader[] {
  const order = raws.map((_, i) => i)
  order.sort((a, b) => raws[a]!.relativeOffsetOfLocalHeader - raws[b]!.relativeOffsetOfLocalHeader)
  const headers = new Array<LocalHeader>(raws.length)
  const { peek, close } = source.peeker()
  try {
    for (const i of order) {
      const raw = raws[i]!
      headers[i] = readLocalHeader(peek, raw.relativeOffsetOfLocalHeader, raw.fileNameLength)
    }
  } finally {
    close()
  }
  return headers
}

async function listEntries(zip: yauzl.ZipFile, fileSize: number): Promise<yauzl.Entry[]> {
  const raws: yauzl.Entry[] = []
  for await (const raw of zip.eachEntry()) {
    if (runsPastEnd(raw, fileSize))
      throw new Error(
        `the data of entry "${entryName(raw)}" runs past the end of the file (truncated?)`
      )
    raws.push(raw)
  }
  return raws
}

async function scan(source: ZipSource, zip: yauzl.ZipFile, fileSize: number): Promise<Scan> {
  const entries: PackageEntry[] = []
  const byName = new Map<string, yauzl.Entry>()
  const links: Array<{ fact: PackageEntry; raw: yauzl.Entry }> = []
  const headerMismatches: string[] = []
  try {
    const raws = await listEntries(zip, fileSize)
    const locals = localHeaders(source, raws)
    raws.forEach((raw, i) => {
      const local = locals[i]!
      const fact = toFact(raw, extractorNames(raw, local))
      const mismatch = headerMismatch(raw, local, fact.name)
      if (mismatch) headerMismatches.push(mismatch)
      entries.push(fact)
      byName.set(fact.name, raw)
      if (!fact.isDirectory && isSymlinkMode(raw.externalFileAttributes)) links.push({ fact, raw })
    })
  } catch (err) {
    return { ok: false, reason: messageOf(err) }
  }
  await describeLinks(zip, links)
  return { ok: true, entries, byName, headerMismatches }
}

/** yauzl's wording for "no zip here" is precise but cryptic; say what it means to a user. */
function explain(reason: string): string {
  if (/end of central directory record signature not found/i.test(reason)) {
    return 'no end-of-central-directory record was found: the file is not a zip, or it is truncated'
  }
  return reason
}

function corruptMessage(source: string, reason: string): string {
  return `${source} is not a readable zip archive: ${explain(reason)}. Rebuild the .zip, or set the package input to the folder to deploy.`
}

function sumUncompressed(entries: PackageEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
}

type BaseFacts = Pick<PackageFacts, 'source' | 'kind' | 'zipBytes'>

function corruptPackage(
  base: BaseFacts,
  reason: string,
  bytes: () => Promise<Buffer>
): OpenedPackage {
  return {
    facts: {
      ...base,
      uncompressedBytes: 0,
      entries: [],
      corrupt: corruptMessage(base.source, reason)
    },
    readText: async () => undefined,
    bytes
  }
}

async function describe(
  source: ZipSource,
  label: string,
  zipBytes: number
): Promise<OpenedPackage> {
  const base: BaseFacts = { source: label, kind: 'zip', zipBytes }
  let result: Scan
  try {
    result = await withZip(source, zip => scan(source, zip, zipBytes))
  } catch (err) {
    result = { ok: false, reason: messageOf(err) }
  }
  if (!result.ok) return corruptPackage(base, result.reason, () => source.bytes())
  const { entries, byName, headerMismatches } = result
  return {
    facts: {
      ...base,
      uncompressedBytes: sumUncompressed(entries),
      entries,
      ...(headerMismatches.length > 0 ? { headerMismatches } : {})
    },
    async readText(entryName, maxBytes = DEFAULT_TEXT_LIMIT) {
      const raw = byName.get(entryName)
      if (raw === undefined) return undefined
      try {
        const bytes = await withZip(source, zip => readEntry(zip, raw, maxBytes))
        return bytes === undefined ? undefined : decodeText(bytes)
      } catch {
        return undefined
      }
    },
    bytes: () => source.bytes()
  }
}

/**
 * Describes the .zip at `path` from its central directory. Never throws: an unreadable, truncated
 * or non-zip file gives `facts.corrupt` and no entries.
 */
export async function openZip(path: string): Promise<OpenedPackage> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch (err) {
    const base: BaseFacts = { source: path, kind: 'zip', zipBytes: 0 }
    return corruptPackage(base, `cannot read it (${messageOf(err)})`, () => readFile(path))
  }
  return describe(fileSource(path, size), path, size)
}

/** The same description for an archive already in memory (the builder's output). */
export async function openZipBuffer(buffer: Buffer, source: string): Promise<OpenedPackage> {
  return describe(bufferSource(buffer), source, buffer.length)
}

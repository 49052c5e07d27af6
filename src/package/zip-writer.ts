/**
 * Writes a .zip from entries in memory, the same bytes for the same entries on any machine, Node
 * release or time zone: every header field that could vary is fixed (DOS date 1980-01-01 00:00,
 * no extra fields, one "made by" value), and the deflate is fflate's, plain JavaScript
 * (deflate-raw.mjs: its compressor, vendored to reuse its tables).
 *
 * Why not Node's zlib: its output changes with the zlib Node bundles (nodejs/node#50138,
 * "zlib upgrade broke known vectors": the same deflateRawSync input gave other bytes after a
 * zlib update), so the same folder would get another CodeSha256 on another runner. And why not
 * a stream per file (yazl): a zlib context costs about 300 KB and a few hundred microseconds
 * to set up, which is most of the work for the small files of a node_modules folder.
 * fflate's zip writer cannot write Zip64 (needed past 65,535 entries), so only its deflate is used.
 */
import { inflateSync } from 'fflate'
import { type Compressed, compressEntry } from './compress.mjs'

export { COMPRESSION_LEVEL, tableCrc32 } from './compress.mjs'

export interface ZipInput {
  /** Name in the archive, forward slashes. */
  name: string
  /** Unix mode with the file type bits (0o100644). */
  mode: number
  data: Uint8Array
}

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1
const DOS_TIME_MIDNIGHT = 0
const UTF8_NAMES = 0x0800
const MADE_BY_UNIX = (3 << 8) | 20
const NEEDS_2_0 = 20
const NEEDS_4_5 = 45 // Zip64
const MAX_16 = 0xffff
const MAX_32 = 0xffffffff

/** What was stored for one entry: the facts a reader would find in the central directory. */
export interface StoredEntry {
  compressedSize: number
  size: number
  /** Where the entry's data starts in the archive, and whether it is deflated (else stored). */
  dataOffset: number
  deflated: boolean
}

/** An entry's content read back from the archive `add` described. */
export function entryData(archive: Uint8Array, e: StoredEntry): Uint8Array {
  const data = archive.subarray(e.dataOffset, e.dataOffset + e.compressedSize)
  return e.deflated ? inflateSync(data, { out: new Uint8Array(e.size) }) : data
}

interface Written {
  name: Buffer
  mode: number
  method: number
  crc: number
  compressedSize: number
  size: number
  offset: number
}

const LOCAL_HEADER = 30
const CENTRAL_HEADER = 46

/**
 * The 24 bytes both headers share, in the same order (APPNOTE 4.3.7 / 4.3.12): version needed,
 * flags, method, time, date, CRC-32, sizes, name length.
 */
function writeSharedFields(h: Buffer, at: number, e: Written): void {
  h.writeUInt16LE(NEEDS_2_0, at)
  h.writeUInt16LE(UTF8_NAMES, at + 2)
  h.writeUInt16LE(e.method, at + 4)
  h.writeUInt16LE(DOS_TIME_MIDNIGHT, at + 6)
  h.writeUInt16LE(DOS_DATE_1980_01_01, at + 8)
  h.writeUInt32LE(e.crc, at + 10)
  h.writeUInt32LE(e.compressedSize, at + 14)
  h.writeUInt32LE(e.size, at + 18)
  h.writeUInt16LE(e.name.length, at + 22)
}

function writeLocalHeader(h: Buffer, at: number, e: Written): void {
  h.writeUInt32LE(0x04034b50, at)
  writeSharedFields(h, at + 4, e)
  h.writeUInt16LE(0, at + 28)
}

function writeCentralHeader(h: Buffer, at: number, e: Written): void {
  h.writeUInt32LE(0x02014b50, at)
  h.writeUInt16LE(MADE_BY_UNIX, at + 4)
  writeSharedFields(h, at + 6, e)
  // extra length, comment length, disk number, internal attributes: all 0
  h.fill(0, at + 30, at + 38)
  h.writeUInt32LE((e.mode << 16) >>> 0, at + 38)
  h.writeUInt32LE(e.offset, at + 42)
}

/**
 * The archive as one buffer that doubles when full: a Buffer per header and a concat at the end
 * cost a copy of the archive and tens of thousands of small allocations for a big folder.
 */
function growingBuffer(capacity: number): {
  reserve(bytes: number): { buf: Buffer; at: number }
  result(): Buffer
} {
  let buf = Buffer.allocUnsafe(Math.max(capacity, 1024))
  let used = 0
  return {
    reserve(bytes) {
      if (used + bytes > buf.length) {
        const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, used + bytes))
        buf.copy(bigger, 0, 0, used)
        buf = bigger
      }
      const at = used
      used += bytes
      return { buf, at }
    },
    result: () => buf.subarray(0, used)
  }
}

/** Past 65,535 entries the classic end record cannot hold the count: Zip64 record + locator. */
function endRecords(count: number, cdOffset: number, cdSize: number): Buffer[] {
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Math.min(count, MAX_16), 8)
  end.writeUInt16LE(Math.min(count, MAX_16), 10)
  end.writeUInt32LE(cdSize, 12)
  end.writeUInt32LE(cdOffset, 16)
  if (count < MAX_16) return [end]
  const z64 = Buffer.alloc(56)
  z64.writeUInt32LE(0x06064b50, 0)
  z64.writeBigUInt64LE(44n, 4) // size of the rest of this record
  z64.writeUInt16LE(MADE_BY_UNIX, 12)
  z64.writeUInt16LE(NEEDS_4_5, 14)
  z64.writeBigUInt64LE(BigInt(count), 24)
  z64.writeBigUInt64LE(BigInt(count), 32)
  z64.writeBigUInt64LE(BigInt(cdSize), 40)
  z64.writeBigUInt64LE(BigInt(cdOffset), 48)
  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(0x07064b50, 0)
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8)
  locator.writeUInt32LE(1, 16)
  return [z64, locator, end]
}

/**
 * Builds an archive writer: `add` compresses one entry at once (so the caller can drop the
 * file's bytes), `finish` returns the archive. Entries are stored in the order added.
 * `capacityHint`: the archive's expected size (an upper bound saves growing the buffer).
 * Throws past 4 GiB, far above anything Lambda accepts (250 MB unzipped).
 */
export function zipWriter(capacityHint = 0): {
  add(entry: ZipInput): StoredEntry
  /** An entry compressed elsewhere (compress.mjs, on either thread): the same bytes as add. */
  addCompressed(name: string, mode: number, c: Compressed): StoredEntry
  finish(): Buffer
} {
  const out = growingBuffer(capacityHint)
  const written: Written[] = []
  let offset = 0
  const addCompressed = (name: string, mode: number, c: Compressed): StoredEntry => {
    const { body } = c
    const e: Written = {
      name: Buffer.from(name, 'utf8'),
      mode,
      method: c.method,
      crc: c.crc,
      compressedSize: body.length,
      size: c.size,
      offset
    }
    const length = LOCAL_HEADER + e.name.length + body.length
    if (e.size > MAX_32 || offset + length > MAX_32)
      throw new RangeError(`${name}: the archive would pass 4 GiB, far over Lambda's limits`)
    const { buf, at } = out.reserve(length)
    writeLocalHeader(buf, at, e)
    e.name.copy(buf, at + LOCAL_HEADER)
    buf.set(body, at + LOCAL_HEADER + e.name.length)
    offset += length
    written.push(e)
    return {
      compressedSize: e.compressedSize,
      size: e.size,
      dataOffset: e.offset + LOCAL_HEADER + e.name.length,
      deflated: c.method !== 0
    }
  }
  return {
    add: ({ name, mode, data }) => addCompressed(name, mode, compressEntry(data)),
    addCompressed,
    finish() {
      const cdSize = written.reduce((sum, e) => sum + CENTRAL_HEADER + e.name.length, 0)
      if (offset + cdSize > MAX_32)
        throw new RangeError('the archive would pass 4 GiB, far over Lambda limits')
      for (const e of written) {
        const { buf, at } = out.reserve(CENTRAL_HEADER + e.name.length)
        writeCentralHeader(buf, at, e)
        e.name.copy(buf, at + CENTRAL_HEADER)
      }
      for (const record of endRecords(written.length, offset, cdSize)) {
        const { buf, at } = out.reserve(record.length)
        record.copy(buf, at)
      }
      return out.result()
    }
  }
}

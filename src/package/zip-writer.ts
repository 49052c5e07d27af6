/**
 * Writes a .zip from entries in memory, the same bytes for the same entries on any machine, Node
 * release or time zone: every header field that could vary is fixed (DOS date 1980-01-01 00:00,
 * no extra fields, one "made by" value), and the deflate is fflate's, plain JavaScript.
 *
 * Why not Node's zlib: its output changes with the zlib Node bundles (nodejs/node#50138,
 * "zlib upgrade broke known vectors": the same deflateRawSync input gave other bytes after a
 * zlib update), so the same folder would get another CodeSha256 on another runner. And why not
 * a stream per file (yazl): a zlib context costs about 300 KB and a few hundred microseconds
 * to set up, which is most of the work for the small files of a node_modules folder.
 * fflate's zip writer cannot write Zip64 (needed past 65,535 entries), so only its deflate is used.
 */
import { deflateSync, inflateSync } from 'fflate'
import zlib from 'node:zlib'

export interface ZipInput {
  /** Name in the archive, forward slashes. */
  name: string
  /** Unix mode with the file type bits (0o100644). */
  mode: number
  data: Uint8Array
}

/** Smallest output: viewer functions must fit in 1 MB compressed, so every byte counts. */
const COMPRESSION_LEVEL = 9
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1
const DOS_TIME_MIDNIGHT = 0
const UTF8_NAMES = 0x0800
const MADE_BY_UNIX = (3 << 8) | 20
const NEEDS_2_0 = 20
const NEEDS_4_5 = 45 // Zip64
const MAX_16 = 0xffff
const MAX_32 = 0xffffffff

let table: Uint32Array | undefined
/** CRC-32 for Node releases before zlib.crc32 (20.15, 22.2). */
export function tableCrc32(data: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  let crc = 0xffffffff
  for (const byte of data) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
const crc32: (data: Uint8Array) => number =
  typeof zlib.crc32 === 'function' ? data => zlib.crc32(data) : tableCrc32

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

function localHeader(e: Written): Buffer {
  const h = Buffer.alloc(30)
  h.writeUInt32LE(0x04034b50, 0)
  h.writeUInt16LE(NEEDS_2_0, 4)
  h.writeUInt16LE(UTF8_NAMES, 6)
  h.writeUInt16LE(e.method, 8)
  h.writeUInt16LE(DOS_TIME_MIDNIGHT, 10)
  h.writeUInt16LE(DOS_DATE_1980_01_01, 12)
  h.writeUInt32LE(e.crc, 14)
  h.writeUInt32LE(e.compressedSize, 18)
  h.writeUInt32LE(e.size, 22)
  h.writeUInt16LE(e.name.length, 26)
  h.writeUInt16LE(0, 28)
  return h
}

function centralHeader(e: Written): Buffer {
  const h = Buffer.alloc(46)
  h.writeUInt32LE(0x02014b50, 0)
  h.writeUInt16LE(MADE_BY_UNIX, 4)
  h.writeUInt16LE(NEEDS_2_0, 6)
  h.writeUInt16LE(UTF8_NAMES, 8)
  h.writeUInt16LE(e.method, 10)
  h.writeUInt16LE(DOS_TIME_MIDNIGHT, 12)
  h.writeUInt16LE(DOS_DATE_1980_01_01, 14)
  h.writeUInt32LE(e.crc, 16)
  h.writeUInt32LE(e.compressedSize, 20)
  h.writeUInt32LE(e.size, 24)
  h.writeUInt16LE(e.name.length, 28)
  // extra length, comment length, disk number, internal attributes: all 0
  h.writeUInt32LE((e.mode << 16) >>> 0, 38)
  h.writeUInt32LE(e.offset, 42)
  return h
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
 * Throws past 4 GiB, far above anything Lambda accepts (250 MB unzipped).
 */
export function zipWriter(): { add(entry: ZipInput): StoredEntry; finish(): Buffer } {
  const chunks: Buffer[] = []
  const written: Written[] = []
  let offset = 0
  return {
    add({ name, mode, data }) {
      const deflated = deflateSync(data, { level: COMPRESSION_LEVEL })
      const stored = deflated.length >= data.length // e.g. empty or incompressible files
      const body = stored ? data : deflated
      const e: Written = {
        name: Buffer.from(name, 'utf8'),
        mode,
        method: stored ? 0 : 8,
        crc: crc32(data),
        compressedSize: body.length,
        size: data.length,
        offset
      }
      if (e.size > MAX_32 || offset + 30 + e.name.length + body.length > MAX_32)
        throw new RangeError(`${name}: the archive would pass 4 GiB, far over Lambda's limits`)
      const header = localHeader(e)
      chunks.push(header, e.name, Buffer.from(body.buffer, body.byteOffset, body.length))
      offset += header.length + e.name.length + body.length
      written.push(e)
      return {
        compressedSize: e.compressedSize,
        size: e.size,
        dataOffset: e.offset + header.length + e.name.length,
        deflated: !stored
      }
    },
    finish() {
      const central = written.flatMap(e => [centralHeader(e), e.name])
      const cdSize = central.reduce((sum, b) => sum + b.length, 0)
      if (offset + cdSize > MAX_32)
        throw new RangeError('the archive would pass 4 GiB, far over Lambda limits')
      return Buffer.concat([...chunks, ...central, ...endRecords(written.length, offset, cdSize)])
    }
  }
}

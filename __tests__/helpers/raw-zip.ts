/**
 * Zips no well-behaved library writes, byte by byte: names with `..` or a leading /, symlink and
 * directory modes, DOS-only attributes, extra fields, and local headers that contradict the central
 * directory. Written in the process (no Python): the layout is APPNOTE.TXT's, sections 4.3.7
 * (local file header), 4.3.12 (central directory header) and 4.3.16 (end of central directory).
 */
import zlib from 'node:zlib'

// CRC-32 (IEEE): zlib's where Node has it (20.15, 22.2), else by table.
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function tableCrc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of data) c = TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const crc32 = (data: Uint8Array): number =>
  typeof zlib.crc32 === 'function' ? zlib.crc32(data) : tableCrc32(data)

export interface RawEntry {
  /** Stored as these UTF-8 bytes (the UTF-8 flag is set when they are not plain ASCII). */
  name: string
  data?: Buffer | string
  /** Deflate (the default) or store. */
  stored?: boolean
  /** Unix mode in the external attributes (made on Unix); default 0o100644. */
  mode?: number
  /** Extra low bits of the external attributes (0x10: the MS-DOS directory bit). */
  dosBits?: number
  /** Made on MS-DOS: DOS attributes only (archive bit), no Unix mode, as Windows tools write. */
  dos?: boolean
  /** Extra field, in both headers. */
  extra?: Buffer
  /** The local header names the entry this instead (same length: offsets stay right). */
  localName?: string
  /** The local header's uncompressed size says this instead. */
  localSize?: number
  /** DOS date and time; default 1980-01-01 00:00:00. */
  date?: [number, number, number, number, number, number]
}

const UTF8_FLAG = 0x0800
const VERSION = 20 // 2.0: deflate and directories

function dosDateTime([y, mo, d, h, mi, s]: NonNullable<RawEntry['date']>): [number, number] {
  return [(h << 11) | (mi << 5) | (s >> 1), ((y - 1980) << 9) | (mo << 5) | d]
}

/** The whole archive: every entry's local header and data, then the central directory. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? '')
    const body = e.stored ? data : zlib.deflateRawSync(data)
    const name = Buffer.from(e.name)
    const extra = e.extra ?? Buffer.alloc(0)
    const flags = /^[\x20-\x7e]*$/.test(e.name) ? 0 : UTF8_FLAG
    const [time, date] = dosDateTime(e.date ?? [1980, 1, 1, 0, 0, 0])
    const crc = crc32(data)
    const external = e.dos ? 0x20 : ((e.mode ?? 0o100644) * 0x10000 + (e.dosBits ?? 0)) >>> 0

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(VERSION, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(e.stored ? 0 : 8, 8)
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(date, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(e.localSize ?? data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(extra.length, 28)
    const localName = e.localName === undefined ? name : Buffer.from(e.localName)
    if (localName.length !== name.length) throw new Error('rawZip: localName must keep the length')
    locals.push(local, localName, extra, body)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(((e.dos ? 0 : 3) << 8) | VERSION, 4) // made by: MS-DOS or Unix
    central.writeUInt16LE(VERSION, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(e.stored ? 0 : 8, 10)
    central.writeUInt16LE(time, 12)
    central.writeUInt16LE(date, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(extra.length, 30)
    // comment length, disk number, internal attributes: 0
    central.writeUInt32LE(external, 38)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name, extra)
    offset += 30 + name.length + extra.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** An Info-ZIP Unicode Path extra field (0x7075): readers that honour it use `unicodeName`. */
export function unicodePathExtra(rawName: string, unicodeName: string): Buffer {
  const raw = Buffer.from(rawName, 'latin1')
  const body = Buffer.concat([Buffer.from([1]), u32(crc32(raw)), Buffer.from(unicodeName)])
  const header = Buffer.alloc(4)
  header.writeUInt16LE(0x7075, 0)
  header.writeUInt16LE(body.length, 2)
  return Buffer.concat([header, body])
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n >>> 0, 0)
  return b
}

/**
 * What a zip entry can be called, and whether its two headers agree. A zip names each entry twice
 * (central directory and local header) and may add an Info-ZIP Unicode Path extra field (0x7075)
 * to either: extractors differ in which one they trust (Info-ZIP prefers the Unicode field,
 * Python's zipfile ignores it, streaming unzippers read only local headers). A check that looks at
 * one name lets `../evil.js` through under another, so the rules judge every name listed here.
 */
import yauzl from 'yauzl'

/** The local-header fields the checks compare with the central directory. */
export interface LocalHeader {
  generalPurposeBitFlag: number
  compressedSize: number
  uncompressedSize: number
  fileName: Buffer
  extraField: Buffer
}

/** Bytes at a position of the archive (fewer at its end). */
export type Peek = (position: number, length: number) => Buffer

const LOCAL_SIGNATURE = 0x04034b50
const LOCAL_FIXED_BYTES = 30
/** Read with the fixed part and the name, so most local headers take one read. */
const EXTRA_GUESS_BYTES = 64

/**
 * Parses the local header at `offset` (APPNOTE 4.3.7). Hand-written rather than yauzl's
 * readLocalFileHeader: that one costs two asynchronous reads and a few objects per entry, which
 * on a 10,000-entry package tripled the validation time; this is one synchronous read.
 */
export function readLocalHeader(peek: Peek, offset: number, nameLength: number): LocalHeader {
  let bytes = peek(offset, LOCAL_FIXED_BYTES + nameLength + EXTRA_GUESS_BYTES)
  if (bytes.length < LOCAL_FIXED_BYTES || bytes.readUInt32LE(0) !== LOCAL_SIGNATURE)
    throw new Error(`no local file header at offset ${offset}`)
  const localNameLength = bytes.readUInt16LE(26)
  const extraLength = bytes.readUInt16LE(28)
  const end = LOCAL_FIXED_BYTES + localNameLength + extraLength
  if (bytes.length < end) bytes = peek(offset, end)
  if (bytes.length < end) throw new Error(`the local file header at offset ${offset} is truncated`)
  return {
    generalPurposeBitFlag: bytes.readUInt16LE(6),
    compressedSize: bytes.readUInt32LE(18),
    uncompressedSize: bytes.readUInt32LE(22),
    fileName: bytes.subarray(LOCAL_FIXED_BYTES, LOCAL_FIXED_BYTES + localNameLength),
    extraField: bytes.subarray(LOCAL_FIXED_BYTES + localNameLength, end)
  }
}

/** General purpose bit 3: sizes and CRC follow the data, the local header holds zeros. */
const DATA_DESCRIPTOR_FLAG = 0x8
/** A 32-bit size of all ones means "see the Zip64 extra field". */
const ZIP64_MARKER = 0xffffffff

const decode = (flag: number, raw: Buffer, extra: yauzl.ExtraField[]): string =>
  yauzl.getFileNameLowLevel(flag, raw, extra, false)

const UNICODE_PATH_FIELD = 0x7075

/** Whether an extra-field block holds an Info-ZIP Unicode Path field, without parsing the rest. */
function hasUnicodePath(extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2))
    if (extra.readUInt16LE(at) === UNICODE_PATH_FIELD) return true
  return false
}

function localExtraFields(local: LocalHeader): yauzl.ExtraField[] {
  try {
    return yauzl.parseExtraFields(local.extraField)
  } catch {
    return [] // a malformed local extra field: the raw local name is still a name
  }
}

/** Every distinct name an extractor could give this entry; the first is the one yauzl resolves. */
export function extractorNames(entry: yauzl.Entry, local: LocalHeader | undefined): string[] {
  const flag = entry.generalPurposeBitFlag
  const name = decode(flag, entry.fileNameRaw, entry.extraFields)
  const centralUnicode = entry.extraFields.some(f => f.id === UNICODE_PATH_FIELD)
  const localDiffers =
    local !== undefined &&
    (!local.fileName.equals(entry.fileNameRaw) || hasUnicodePath(local.extraField))
  // The common case, decided without decoding anything twice: one name everywhere.
  if (!centralUnicode && !localDiffers) return [name]
  const names = [name, decode(flag, entry.fileNameRaw, [])]
  if (local) {
    const localFlag = local.generalPurposeBitFlag
    names.push(
      decode(localFlag, local.fileName, localExtraFields(local)),
      decode(localFlag, local.fileName, [])
    )
  }
  return [...new Set(names)]
}

function sizeDiffers(central: number, local: number): boolean {
  return central !== local && local !== ZIP64_MARKER && central < ZIP64_MARKER
}

/** How the local header contradicts the central directory, or undefined when they agree. */
export function headerMismatch(
  entry: yauzl.Entry,
  local: LocalHeader,
  name: string
): string | undefined {
  if (!entry.fileNameRaw.equals(local.fileName))
    return `"${name}" is named "${decode(local.generalPurposeBitFlag, local.fileName, [])}" in its local header`
  if ((local.generalPurposeBitFlag & DATA_DESCRIPTOR_FLAG) !== 0) return undefined
  if (sizeDiffers(entry.compressedSize, local.compressedSize))
    return `"${name}": central directory says ${entry.compressedSize} compressed bytes, local header ${local.compressedSize}`
  if (sizeDiffers(entry.uncompressedSize, local.uncompressedSize))
    return `"${name}": central directory says ${entry.uncompressedSize} bytes, local header ${local.uncompressedSize}`
  return undefined
}

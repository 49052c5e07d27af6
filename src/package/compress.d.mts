export const COMPRESSION_LEVEL: number
export const STORED: number
export const DEFLATED: number
export const META_FIELDS: number
/** CRC-32 for Node releases before zlib.crc32 (20.15, 22.2). */
export function tableCrc32(data: Uint8Array): number
export const crc32: (data: Uint8Array) => number
export interface Compressed {
  method: number
  crc: number
  size: number
  body: Uint8Array
}
export function compressEntry(data: Uint8Array): Compressed
/** A file of a folder's walk: its name under the root, or the real path a symlink led to. */
export interface FileToRead {
  name: string
  realPath?: string
}
export function compressFiles(
  root: string,
  files: readonly FileToRead[]
): { bodies: Uint8Array; meta: Float64Array }

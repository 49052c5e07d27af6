/**
 * Raw DEFLATE of `data` at `level` (1-9), the same bytes as fflate's deflateSync(data, { level }).
 * The result is a view of a buffer the next call overwrites: copy it before compressing again.
 */
export function deflateRawInto(data: Uint8Array, level: number): Uint8Array

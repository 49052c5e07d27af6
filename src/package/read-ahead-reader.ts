/**
 * A yauzl RandomAccessReader over a file descriptor that reads ahead in large chunks.
 *
 * Why: yauzl reads each central-directory record with two small positioned reads. Through its
 * default fd reader that is 20,000 thread-pool round trips for a 10,000-entry archive
 * (about 0.7 s measured); serving those small reads from a 1 MiB read-ahead window turns the
 * whole central directory into one or two reads (under 0.1 s). Entry data is still streamed
 * straight from the file, never through the window, so memory stays at one chunk.
 */
import { close, read } from 'node:fs'
import { Readable } from 'node:stream'
import yauzl from 'yauzl'

const READ_AHEAD_BYTES = 1024 * 1024

type ReadCallback = (err: Error | null, bytesRead?: number) => void

export class ReadAheadFileReader extends yauzl.RandomAccessReader {
  private window: Buffer = Buffer.alloc(0)
  private windowStart = 0

  constructor(private readonly fd: number) {
    super()
  }

  // yauzl calls back with (err, bytesRead) although @types/yauzl declares only (err).
  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null) => void
  ): void {
    const done = callback as ReadCallback
    if (this.windowHolds(position, length)) {
      const from = position - this.windowStart
      this.window.copy(buffer, offset, from, from + length)
      // Asynchronous like a real read, but without waiting for a turn of the event loop.
      process.nextTick(done, null, length)
      return
    }
    this.fill(position, length, (err, chunk) => {
      if (err || !chunk) return done(err ?? new Error('read failed'))
      const copied = chunk.copy(buffer, offset, 0, Math.min(length, chunk.length))
      done(null, copied)
    })
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, start, end)
  }

  override close(callback: (err: Error | null) => void): void {
    close(this.fd, callback)
  }

  private windowHolds(position: number, length: number): boolean {
    return (
      position >= this.windowStart && position + length <= this.windowStart + this.window.length
    )
  }

  /** Reads at least `length` bytes (fewer only at end of file) from `position` into a new window. */
  private fill(
    position: number,
    length: number,
    callback: (err: Error | null, chunk?: Buffer) => void
  ): void {
    const size = Math.max(length, READ_AHEAD_BYTES)
    const chunk = Buffer.allocUnsafe(size)
    read(this.fd, chunk, 0, size, position, (err, bytesRead) => {
      if (err) return callback(err)
      const filled = chunk.subarray(0, bytesRead)
      this.window = filled
      this.windowStart = position
      callback(null, filled)
    })
  }
}

/**
 * Streams [start, end) of a descriptor it does not own. Not fs.createReadStream: its destroy()
 * closes the descriptor even with autoClose false, and yauzl destroys streams it is done with
 * while the reader (and its descriptor) lives on.
 */
class RangeStream extends Readable {
  private position: number

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number
  ) {
    super()
    this.position = start
  }

  override _read(size: number): void {
    const length = Math.min(size, this.end - this.position)
    if (length <= 0) {
      this.push(null)
      return
    }
    const chunk = Buffer.allocUnsafe(length)
    read(this.fd, chunk, 0, length, this.position, (err, bytesRead) => {
      if (err) return this.destroy(err)
      if (bytesRead === 0) return this.push(null)
      this.position += bytesRead
      this.push(chunk.subarray(0, bytesRead))
    })
  }
}

// The second thread of a folder's packaging (zip-builder.ts): takes the next batch of files from
// the counter it shares with the main thread, compresses it and posts it back, until none is left.
// A file it cannot read ends its work with the error, which the main thread throws.
import { parentPort, workerData } from 'node:worker_threads'
import { compressFiles } from './compress.mjs'

const { root, files, batchSize, counter } = workerData
const batches = Math.ceil(files.length / batchSize)
try {
  for (let k = Atomics.add(counter, 0, 1); k < batches; k = Atomics.add(counter, 0, 1)) {
    const { bodies, meta } = compressFiles(root, files.slice(k * batchSize, (k + 1) * batchSize))
    parentPort.postMessage({ batch: k, bodies, meta }, [bodies.buffer, meta.buffer])
  }
  parentPort.postMessage({ done: true })
} catch (e) {
  parentPort.postMessage({ error: { message: e.message, code: e.code, path: e.path } })
}

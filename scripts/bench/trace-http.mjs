// Preloaded (`node --import`) into diagnostic runs of the action only, never the timed ones: notes
// when the process makes its first AWS request and gets its last answer, so the bench can say
// whether start-up, the package or AWS dominates. Times are ms since the process started.
import http from 'node:http'
import https from 'node:https'

const t = { preload: performance.now(), firstRequest: NaN, lastResponse: NaN, requests: 0 }
for (const mod of [http, https]) {
  const original = mod.request
  mod.request = function request(...args) {
    const req = original.apply(this, args)
    t.requests++
    if (Number.isNaN(t.firstRequest)) t.firstRequest = performance.now()
    req.on('response', res => res.on('end', () => (t.lastResponse = performance.now())))
    return req
  }
}
process.on('exit', () => {
  process.stderr.write(`\nBENCH-TRACE ${JSON.stringify({ ...t, exit: performance.now() })}\n`)
})

// Timing and memory of child processes, measured from outside, plus the few statistics the bench
// prints. Nothing here knows about the action or AWS.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/** Sorted copy; the median of an even count is the mean of the two middle values. */
export function summarize(values) {
  const xs = values.filter(v => Number.isFinite(v)).sort((a, b) => a - b)
  if (xs.length === 0) return { n: 0, median: NaN, min: NaN, max: NaN }
  const mid = Math.floor(xs.length / 2)
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2
  return { n: xs.length, median, min: xs[0], max: xs[xs.length - 1] }
}

export function ms(v) {
  if (!Number.isFinite(v)) return 'n/a'
  if (Math.abs(v) < 1000) return `${Math.round(v)} ms`
  if (Math.abs(v) < 10_000) return `${(v / 1000).toFixed(2)} s`
  return `${(v / 1000).toFixed(1)} s`
}

export const mib = bytes => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

export const sleep = msec => new Promise(res => setTimeout(res, msec))

/** Uniform in [lo, hi]. */
export const between = (lo, hi) => lo + Math.random() * (hi - lo)

/** Runs the contenders in turn, `runs` rounds, so that the machine's noise falls on all alike. */
export async function interleaved(runs, ...contenders) {
  const results = contenders.map(() => [])
  for (let i = 0; i < runs; i++)
    for (const [k, run] of contenders.entries()) if (run) results[k].push(await run(i))
  return results
}

const TIME_BIN = '/usr/bin/time'

/**
 * Spawns a command and resolves when it exits, with its wall time measured here (spawn to exit).
 * `peakRss: true` adds the child's peak RSS: from GNU time -v when /usr/bin/time exists (it
 * reads the kernel's ru_maxrss after the exit), else by polling /proc/PID/status VmHWM.
 * With GNU time, `cpuMs` is the child's user + system CPU time (10 ms resolution).
 * `onStdout(line, child)` sees stdout line by line; `timeoutMs` kills the child (timedOut: true).
 */
export function timed(cmd, args, opts = {}) {
  const { env, cwd, peakRss = false, timeoutMs, onStdout, tmpDir } = opts
  const useTime = peakRss && existsSync(TIME_BIN) && tmpDir
  const timeFile = useTime ? join(tmpDir, `time-${process.hrtime.bigint()}.txt`) : undefined
  const [file, argv] = useTime ? [TIME_BIN, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args]
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(file, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let pending = ''
    let exitedAt
    let timedOut = false
    let hwmKb = 0
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', chunk => {
      stdout += chunk
      if (!onStdout) return
      pending += chunk
      let nl
      while ((nl = pending.indexOf('\n')) >= 0) {
        onStdout(pending.slice(0, nl), child)
        pending = pending.slice(nl + 1)
      }
    })
    child.stderr.on('data', chunk => (stderr += chunk))
    const poll =
      peakRss && !useTime
        ? setInterval(() => {
            try {
              const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
              if (m) hwmKb = Math.max(hwmKb, Number(m[1]))
            } catch {
              // gone already: the last value read stands
            }
          }, 2)
        : undefined
    const killer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, timeoutMs)
    child.on('error', reject)
    // 'exit' is the moment the process ends; 'close' (all pipes drained) comes a little later.
    child.on('exit', () => (exitedAt = performance.now()))
    child.on('close', code => {
      clearTimeout(killer)
      clearInterval(poll)
      let peakRssKb = peakRss ? hwmKb : undefined
      let cpuMs
      if (timeFile) {
        const text = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : ''
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)
        peakRssKb = m ? Number(m[1]) : undefined
        const user = /User time \(seconds\): ([\d.]+)/.exec(text)
        const sys = /System time \(seconds\): ([\d.]+)/.exec(text)
        if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000
        // GNU time prints "Command exited with non-zero status N" and exits with N itself.
        rmSync(timeFile, { force: true })
      }
      resolve({
        code: code ?? -1,
        start,
        end: exitedAt ?? performance.now(),
        wallMs: (exitedAt ?? performance.now()) - start,
        stdout,
        stderr,
        timedOut,
        peakRssKb,
        cpuMs
      })
    })
  })
}

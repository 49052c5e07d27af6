/**
 * @actions/github reads and JSON-parses the event file when it is first imported, so a broken
 * file would kill the action before it starts. Reporting must never fail a deploy: this module is
 * imported first (index.ts) and turns an unreadable event file into a warning and "no event".
 */
import { readFileSync } from 'node:fs'

const path = process.env.GITHUB_EVENT_PATH
if (path) {
  try {
    JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    delete process.env.GITHUB_EVENT_PATH
    const why = e instanceof Error ? e.message : String(e)
    // The workflow-command syntax by hand: @actions/core is not loaded yet, and must not be first.
    process.stdout.write(
      `::warning::The GitHub event file could not be read (${why.replace(/[\r\n%]/g, ' ')}); continuing without pull request details.\n`
    )
  }
}

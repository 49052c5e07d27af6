/** What `npm run demo` prints: the action's log and job summary as a person reads them, not raw. */
import { markdownToText, workflowLogToText } from '../scripts/demo-text.mjs'

describe('workflowLogToText', () => {
  it('shows groups as headings and drops the commands the Actions UI hides', () => {
    const log = [
      'Published arn:aws:lambda:us-east-1:123456789012:function:fn:2',
      '::group::Waiting for E1 to be Deployed (at most 120 s)',
      '0.1 s: E1 InProgress',
      '::endgroup::',
      '::add-mask::hunter2',
      '::debug::internal detail',
      '::error title=Lambda@Edge rule memory::[memory] 256 MB%0Ais too much',
      '::warning::Could not write the job summary'
    ].join('\n')
    expect(workflowLogToText(log)).toBe(
      [
        'Published arn:aws:lambda:us-east-1:123456789012:function:fn:2',
        '▸ Waiting for E1 to be Deployed (at most 120 s)',
        '0.1 s: E1 InProgress',
        'error (Lambda@Edge rule memory): [memory] 256 MB\nis too much',
        'warning: Could not write the job summary'
      ].join('\n')
    )
    expect(workflowLogToText(log)).not.toContain('hunter2')
  })
})

describe('markdownToText', () => {
  const summary = [
    '## lambda-edge-deploy: deploy deployed',
    '',
    '> Input "memory-size" must be a whole number',
    '',
    '### Associations',
    '',
    '| Distribution | Cache behavior | From | To |',
    '| --- | --- | --- | --- |',
    '| `E1` | `/static/*` | none | 2 |',
    '| `E1` | `default` | 1 | 2 |',
    '',
    'Console: [function fn version 2](https://console.example/fn/2) · **done**'
  ].join('\n')

  it('underlines headings, aligns tables in columns and keeps link targets', () => {
    expect(markdownToText(summary)).toBe(
      [
        'lambda-edge-deploy: deploy deployed',
        '===================================',
        '',
        '  Input "memory-size" must be a whole number',
        '',
        'Associations',
        '------------',
        '',
        '  Distribution  Cache behavior  From  To',
        '  ------------  --------------  ----  --',
        '  E1            /static/*       none  2',
        '  E1            default         1     2',
        '',
        'Console: function fn version 2 <https://console.example/fn/2> · done'
      ].join('\n')
    )
  })

  it('leaves no Markdown table syntax or HTML behind', () => {
    const text = markdownToText(`${summary}\n\n<details><summary>More</summary>\n\nx\n</details>`)
    expect(text).not.toMatch(/\| ---|<\/?details>|`/)
  })
})

// The admin home: the admin lands on it, generates last month's financial report, sees it
// finish and downloads the CSV; "Export this view" of a filtered payments table downloads
// exactly the rows on screen, and so does that of the members table searched down to two of
// three fresh members: the third, filtered out, is not in the file.
import { readFile } from 'node:fs/promises'
//
//   BASE_URL=http://localhost:8080 node e2e/reporting.e2e.mjs
import { check, landing, launch, openPage, register, signIn, step } from './support.mjs'

const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@vitalia.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin password for the tests',
}

/** The rows of an RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line breaks). */
function csvRows(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') field += text[++i]
      else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++
      rows.push([...row, field])
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** A table's header texts and its body rows as cell texts; a cell's smaller second line reads "main (detail)", as the export writes it. */
async function shownTable(table) {
  const headers = await table.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.textContent.trim()))
  const rows = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.cells].map((cell) =>
        cell.innerText
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    ),
  )
  return {
    headers,
    rows: rows.map((cells) => cells.map(([main = '', ...detail]) => (detail.length ? `${main} (${detail.join(' ')})` : main))),
  }
}

const errors = []
const browser = await launch()
try {
  const page = await openPage(browser, { timeout: 20_000, errors, viewport: { width: 1366, height: 900 } })

  step('the admin signs in and lands on the admin home with its KPIs')
  await signIn(page, admin, { lands: landing.admin })
  await page.getByTestId('kpi-cards').waitFor()
  await page.getByTestId('kpi-active1d').waitFor()

  step('the admin generates last month’s report and sees it finish')
  const now = new Date()
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1)
  const month = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`
  await page.getByTestId('report-month').fill(month)
  await page.getByTestId('generate-report').getByRole('button', { name: 'Generar' }).click()
  // the list names the month in words, in the page's language ("nov 2026")
  const monthInWords = new Intl.DateTimeFormat('es-ES', { month: 'short', year: 'numeric' }).format(last)
  const row = page.getByTestId('report-row').filter({ hasText: monthInWords }).first()
  await row.getByTestId('report-status').filter({ hasText: 'Listo' }).waitFor({ timeout: 60_000 })

  step('the admin downloads the report as CSV')
  const [report] = await Promise.all([page.waitForEvent('download'), row.getByTestId('report-download').click()])
  if (!report.suggestedFilename().endsWith('.csv')) throw new Error(`unexpected file ${report.suggestedFilename()}`)
  const csv = await readFile(await report.path(), 'utf8')
  // behind a byte-order mark, so a spreadsheet reads the plan names as UTF-8
  if (!csv.startsWith('\uFEFFMoneda,Plan,Nombre del plan,Ingresos,')) throw new Error(`unexpected report CSV: ${csv.slice(0, 120)}`)

  step('Export this view of the filtered payments table holds exactly the rows on screen')
  await page.goto(new URL('/admin/payments?status=SUCCEEDED', page.url()).toString())
  const table = page.getByTestId('admin-payments')
  await table.waitFor()
  const visible = await table.locator('tbody tr').count()
  const empty = (await table.locator('tbody td[colspan]').count()) > 0
  const exportButton = page.getByTestId('export-view')
  if (empty) {
    if (!(await exportButton.isDisabled())) throw new Error('export of an empty view should be disabled')
  } else {
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()])
    const lines = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    if (lines.length !== visible + 1) throw new Error(`exported ${lines.length - 1} rows, the view shows ${visible}`)
    if (lines.slice(1).some((line) => !line.includes('Cobrado'))) throw new Error('a row of another status was exported')
  }
  step('three fresh members register; a search keeps two of them on the admin members table')
  const run = Date.now().toString(36)
  const people = ['Uno', 'Dos', 'Fuera'].map((word) => ({
    displayName: word === 'Fuera' ? `Fuera ${run}` : `Exporta ${run} ${word}`,
    email: `export-view-${run}-${word.toLowerCase()}@vitalia.test`,
    password: 'export view password',
  }))
  for (const person of people) {
    const memberPage = await openPage(browser, { timeout: 20_000, errors })
    await register(memberPage, person)
    await memberPage.context().close()
  }
  const members = page.getByRole('table', { name: 'Miembros' })
  // the billing directory learns of new accounts from an event, a moment after registration
  for (let attempt = 0; ; attempt++) {
    await page.goto(new URL(`/admin/members?q=${encodeURIComponent(run)}`, page.url()).toString())
    await members.waitFor()
    if ((await members.locator('tbody tr').filter({ hasText: run }).count()) === 3) break
    check(attempt < 20, 'the three new members never all showed up on the members table')
    await page.waitForTimeout(500)
  }
  const keep = `Exporta ${run}`
  await page.goto(new URL(`/admin/members?q=${encodeURIComponent(keep)}`, page.url()).toString())
  await members.getByText(people[0].email).waitFor()
  const shown = await shownTable(members)
  check(shown.rows.length === 2, `the search should leave 2 members on screen, it left ${shown.rows.length}`)
  check(!shown.rows.flat().some((cell) => cell.includes(people[2].email)), 'the filtered-out member is still on screen')

  step('Export this view of the searched members table holds exactly the rows and headers on screen')
  const [membersCsv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-view').click()])
  check(membersCsv.suggestedFilename() === 'members-view.csv', `unexpected file ${membersCsv.suggestedFilename()}`)
  const [headers, ...exported] = csvRows((await readFile(await membersCsv.path(), 'utf8')).replace(/^\uFEFF/, ''))
  check(JSON.stringify(headers) === JSON.stringify(shown.headers), `exported headers ${headers} differ from the screen's ${shown.headers}`)
  check(
    JSON.stringify(exported) === JSON.stringify(shown.rows),
    `exported rows ${JSON.stringify(exported)} differ from the screen's ${JSON.stringify(shown.rows)}`,
  )
  check(!exported.flat().some((cell) => cell.includes(people[2].displayName)), 'the filtered-out member was exported')

  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
} finally {
  await browser.close()
}

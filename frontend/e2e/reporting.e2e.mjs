// The admin home: the admin lands on it, generates last month's financial report, sees it
// finish and downloads the CSV; "Export this view" of a filtered payments table downloads
// exactly the rows on screen.
import { readFile } from 'node:fs/promises'
//
//   BASE_URL=http://localhost:8080 node e2e/reporting.e2e.mjs
import { landing, launch, openPage, signIn, step } from './support.mjs'

const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@vitalia.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin password for the tests',
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
  const row = page.getByTestId('report-row').filter({ hasText: month }).first()
  await row.getByTestId('report-status').filter({ hasText: 'Listo' }).waitFor({ timeout: 60_000 })

  step('the admin downloads the report as CSV')
  const [report] = await Promise.all([page.waitForEvent('download'), row.getByTestId('report-download').click()])
  if (!report.suggestedFilename().endsWith('.csv')) throw new Error(`unexpected file ${report.suggestedFilename()}`)
  const csv = await readFile(await report.path(), 'utf8')
  if (!csv.startsWith('Moneda,Plan,Nombre del plan,Ingresos,')) throw new Error(`unexpected report CSV: ${csv.slice(0, 120)}`)

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
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
} finally {
  await browser.close()
}

// Browser end-to-end check of the admin catalog page: the admin opens it from the navigation,
// sees that FoodData Central is not configured, uploads a small SR28 zip, follows its progress
// to the end and finds it among past imports with its summary.
//
//   BASE_URL=http://localhost:8080 node e2e/food-imports.e2e.mjs

import { readFileSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import { check, landing, launch, openPage, signIn, snapshot, step } from './support.mjs'

const timeout = 20_000
const fixture = new URL('../../src/test/resources/nutrition/sr28-mini/', import.meta.url)
const files = ['FD_GROUP.txt', 'FOOD_DES.txt', 'NUT_DATA.txt', 'WEIGHT.txt']

const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@vitalia.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin password for the tests',
}

/** A zip with stored (uncompressed) entries: enough for a fixture, no library needed. */
function zip(entries) {
  const locals = []
  const centrals = []
  let offset = 0
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const browser = await launch()
const pageErrors = []
const page = await openPage(browser, { timezoneId: 'Europe/Madrid', timeout, errors: pageErrors })

let failed = false
try {
  step(`sign in as ${admin.email}`)
  await signIn(page, admin, { lands: landing.admin })

  step('open the catalog page from the navigation')
  await page.getByRole('navigation', { name: 'Navegación principal' }).first().getByRole('link', { name: 'Catálogo', exact: true }).click()
  await page.waitForURL(/\/admin\/foods/)

  step('FoodData Central is reported as not configured')
  await page.getByTestId('remote-source-status').getByText('No (sin clave de API)').waitFor()

  step('upload an SR28 zip and follow it to the end')
  const form = page.getByTestId('food-import-form')
  await form.getByRole('radio', { name: /SR28/ }).check()
  const data = zip(files.map((name) => ({ name: `sr28/${name}`, data: readFileSync(new URL(name, fixture)) })))
  await form.getByLabel('Fichero zip').setInputFiles({ name: 'sr28-mini.zip', mimeType: 'application/zip', buffer: data })
  await page.getByTestId('food-import-submit').click()
  const progress = page.getByTestId('food-import-progress')
  await progress.getByText('Completada').waitFor()
  await progress.getByText('3 alimentos', { exact: false }).waitFor()
  const bar = progress.getByRole('progressbar')
  check((await bar.getAttribute('aria-valuenow')) === '100', 'the progress bar ends at 100 %')
  await page.getByRole('heading', { name: 'Última importación' }).waitFor()
  check((await page.getByText('Importación en curso').count()) === 0, 'a finished import is not called "in progress"')

  step('the import is listed with its summary')
  await page.getByRole('table').getByText('3 alimentos', { exact: false }).first().waitFor()
  check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`)
  await snapshot(page, 'food-imports.png')
  console.log('food imports scenario passed')
} catch (error) {
  failed = true
  console.error(error)
  await snapshot(page, 'food-imports-failure.png').catch(() => {})
} finally {
  await browser.close()
}
process.exit(failed ? 1 : 0)

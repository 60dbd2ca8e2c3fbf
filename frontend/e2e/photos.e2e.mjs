// Browser end-to-end check of meal photos: a member with a PHOTO_ANALYSIS plan takes "a photo"
// on Today, sees the upload progress and the analysis, sees the photo with the candidates the recogniser stub
// found (Pizza, Salad), unticks one, confirms, and the day's totals change. Then the weekly
// summary card on Trends says where its text comes from and links to Settings, where the
// member turns the AI consent on (it is kept after a reload) and downloads a copy of their data that
// holds the photo, the pizza, the payment and the consent. Screenshots in Spanish and English, at
// 1366 px and 390×844, go to e2e/out/.
//
//   BASE_URL=http://localhost:8080 node e2e/photos.e2e.mjs
// The app must run with VITALIA_RECOGNIZER=rekognition and VITALIA_REKOGNITION_ENDPOINT at a
// stub answering DetectLabels with Pizza and Salad (BrowserEndToEndTests starts one; by hand:
// `node e2e/rekognition-stub.mjs 9411`), and the admin of the Java test harness.

import { readFile } from 'node:fs/promises'
import { baseUrl, check, launch, openPage, register, shot, snapshot, step } from './support.mjs'

const timeout = 30_000
const stamp = Date.now()
const code = `photos-${stamp}`
const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@vitalia.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin password for the tests',
}
const member = { displayName: `Pablo Fotos ${stamp}`, email: `e2e.photos.${stamp}@vitalia.test`, password: `Tidal-Basil-${stamp}!` }

const browser = await launch()
const pageErrors = []
let page

async function screenshots(name) {
  for (const language of ['en', 'es']) {
    await page.locator(`button[lang="${language}"]`).first().click()
    for (const [label, viewport] of [
      ['desktop', { width: 1366, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ]) {
      await page.setViewportSize(viewport)
      await page.waitForTimeout(300)
      await snapshot(page, `photos-${name}-${language}-${label}.png`)
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

const nav = (name) => page.getByRole('navigation', { name: 'Navegación principal' }).first().getByRole('link', { name, exact: true })

let failed = false
try {
  page = await openPage(browser, { timezoneId: 'Europe/Madrid', timeout, errors: pageErrors })
  // outside the browser, so the member's page does not get the admin's session cookie
  const json = { 'Content-Type': 'application/json' }

  step(`admin creates the plan ${code} through the API`)
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify(admin) })
  check(login.status === 200, `admin login answered ${login.status}`)
  const adminToken = (await login.json()).accessToken
  const plan = await fetch(`${baseUrl}/api/admin/plans`, {
    method: 'POST',
    headers: { ...json, Authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      code,
      name: `Fotos ${stamp}`,
      description: 'Análisis de fotos',
      price: { amount: '8.99', currency: 'EUR' },
      period: 'P1M',
      trialDays: 0,
      features: ['PHOTO_ANALYSIS', 'AI_SUMMARY'],
    }),
  })
  check(plan.status === 201, `plan creation answered ${plan.status}`)

  step(`member ${member.email} subscribes`)
  await register(page, member)
  await page.goto(`${baseUrl}/pricing`)
  await page.getByTestId(`subscribe-${code}`).click()
  await page.waitForURL(/\/checkout\/sandbox\/cs_sbx_/)
  await page.getByLabel('Número de tarjeta').fill('4242 4242 4242 4242')
  await page.getByLabel('CVC').fill('123')
  await page.getByTestId('pay').click()
  await page.waitForURL(/\/billing\/success/)
  await page.getByTestId('subscription-status').and(page.locator('[data-status="ACTIVE"]')).waitFor()

  step('on Today, a photo is uploaded and analysed')
  await nav('Hoy').click()
  await page.waitForURL(/\/today/)
  const card = page.getByTestId('photo-card')
  await card.waitFor()
  const before = (await page.getByTestId('total-kcal').textContent()) ?? ''
  // a real JPEG: the browser's own screenshot of the page
  const photo = await page.screenshot({ type: 'jpeg', quality: 80 })
  await card.getByTestId('photo-input').setInputFiles({ name: 'plato.jpg', mimeType: 'image/jpeg', buffer: photo })
  const candidates = card.getByTestId('photo-candidate')
  await card.getByTestId('photo-candidates').waitFor()
  check((await candidates.count()) === 2, `expected 2 candidates, found ${await candidates.count()}`)
  await candidates.filter({ hasText: 'Pizza' }).waitFor()
  // the photo itself, as kept (without metadata), next to what was recognised in it
  const preview = card.getByTestId('photo-preview')
  await preview.waitFor()
  await page.waitForFunction((image) => image.complete && image.naturalWidth > 0, await preview.elementHandle())
  await screenshots('candidates')

  step('the salad is unticked, the pizza confirmed')
  await candidates.filter({ hasText: 'Ensalada' }).getByRole('checkbox').uncheck()
  await card.getByTestId('photo-confirm').filter({ hasText: '1 alimento' }).click()
  await card.getByText('1 alimento añadido al diario.').waitFor()
  await page.getByTestId('diary-entry').filter({ hasText: 'Pizza' }).waitFor()
  let after = before
  for (let attempt = 0; attempt < 50 && after === before; attempt++) {
    await page.waitForTimeout(200)
    after = (await page.getByTestId('total-kcal').textContent()) ?? ''
  }
  check(after !== before, `the day's energy should change: ${before} → ${after}`)
  await screenshots('confirmed')

  step('Trends shows the weekly summary and its source')
  await nav('Tendencias').click()
  await page.waitForURL(/\/trends/)
  await page.getByTestId('weekly-source').waitFor()
  const source = (await page.getByTestId('weekly-source').textContent()) ?? ''
  check(source.includes('a partir de tus datos'), `a member without consent gets the local summary, saw "${source}"`)
  await screenshots('weekly')

  step('the card links to Settings, where the member turns the AI consent on')
  await page.getByTestId('ai-consent-status').getByRole('link', { name: 'Cambiarlo en Ajustes' }).click()
  await page.waitForURL(/\/settings#ai-summary$/)
  const consent = page.getByTestId('ai-consent-card').getByRole('switch', { name: 'Permitir que una IA escriba mi resumen semanal' })
  await consent.waitFor()
  check(!(await consent.isChecked()), 'the AI consent should start off')
  await screenshots('consent-off')
  // the switch shows the server's answer, so it flips once the change is saved
  await consent.click()
  await page.getByTestId('ai-consent-card').getByText('Activado.', { exact: false }).waitFor()
  await page.reload()
  await consent.waitFor()
  check(await consent.isChecked(), 'the AI consent should stay on after a reload')
  await screenshots('consent-on')

  step('Settings: the member downloads a copy of their data, with the photo, the pizza, the payment and the consent')
  const [copy] = await Promise.all([page.waitForEvent('download'), page.getByTestId('data-export').click()])
  check(/^vitalia-my-data-\d{4}-\d{2}-\d{2}\.json$/.test(copy.suggestedFilename()), `unexpected file ${copy.suggestedFilename()}`)
  const mine = JSON.parse(await readFile(await copy.path(), 'utf8'))
  check(mine.account.email === member.email, `the copy is of ${mine.account.email}`)
  check(
    mine.nutrition.diary.some((entry) => /pizza/i.test(entry.foodNameEn) && entry.source === 'PHOTO'),
    `the copy should hold the pizza logged from the photo: ${JSON.stringify(mine.nutrition.diary)}`,
  )
  check(
    mine.mealPhotos.photos.length === 1 && mine.mealPhotos.photos[0].candidates.length === 2,
    'the copy should hold the photo and its 2 foods',
  )
  check(mine.mealPhotos.aiSummaryConsent?.consented === true, 'the copy should hold the AI consent')
  check(
    mine.billing.payments.some((payment) => payment.plan === code && payment.status === 'SUCCEEDED'),
    'the copy should hold the payment',
  )
  await page.getByTestId('data-export-card').getByRole('status').waitFor()
  await nav('Tendencias').click()
  await page.waitForURL(/\/trends/)
  await page.getByTestId('ai-consent-status').getByText('Has permitido que una IA escriba tu resumen').waitFor()

  check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`)
  console.log(
    `✔ photos e2e passed: ${member.email} confirmed a pizza from a photo (${before} → ${after} kcal) turned the AI consent on in Settings and downloaded a copy of their data`,
  )
} catch (error) {
  failed = true
  console.error(`✘ photos e2e failed: ${error instanceof Error ? error.message : error}`)
  if (pageErrors.length) console.error(`  page errors: ${pageErrors.join('; ')}`)
  if (page) {
    const path = shot('photos-failure.png')
    await page.screenshot({ path, fullPage: true }).catch(() => {})
    console.error(`  screenshot: ${path}`)
  }
} finally {
  await browser.close()
}
process.exit(failed ? 1 : 0)

// Browser end-to-end check of engagement: a new member completes the profile and sees the 50
// points, the "Perfil completo" badge and its notification; an admin changes that rule's points,
// previews the impact, applies it with a replay, and the member's total follows. Pages are also
// captured in Spanish and English at desktop and phone sizes (e2e/out/engagement-*.png).
//
// The app must run with VITALIA_ADMIN_EMAIL / VITALIA_ADMIN_PASSWORD matching E2E_ADMIN_EMAIL /
// E2E_ADMIN_PASSWORD (defaults below are the ones the Java test harness uses).

import { baseUrl, check, landing, launch, register, signIn, snapshot, step } from './support.mjs'

const timeout = 20_000
const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@vitalia.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin password for the tests',
}
const member = {
  displayName: 'E2E Progreso',
  email: `e2e.engagement.${Date.now()}@vitalia.test`,
  password: `Quiet-Harbor-${Date.now()}!`,
}

const browser = await launch()
const errors = []
const pages = []

async function openAs(viewport = { width: 1366, height: 900 }, locale = 'es-ES') {
  const context = await browser.newContext({ locale, timezoneId: 'Europe/Madrid', viewport })
  const page = await context.newPage()
  page.setDefaultTimeout(timeout)
  page.on('pageerror', (error) => errors.push(error.message))
  pages.push(page)
  return page
}

const nav = (page, name) => page.getByRole('navigation', { name: 'Navegación principal' }).first().getByRole('link', { name, exact: true })

async function points(page) {
  return Number(await page.getByTestId('progress-points').getAttribute('data-value'))
}

/** Reloads the progress page until the total is {@code expected} (awards are evaluated after commit). */
async function waitForPoints(page, expected) {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await page.goto(`${baseUrl}/progress`)
    await page.getByTestId('progress-points').waitFor()
    if ((await points(page)) === expected) return
    await page.waitForTimeout(1000)
  }
  throw new Error(`the member's total never became ${expected} (last ${await points(page)})`)
}

async function setProfileRulePoints(request, token, value) {
  const rule = await (
    await request.get(`${baseUrl}/api/admin/gamification/rules/PROFILE_COMPLETED`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()
  const saved = await request.put(`${baseUrl}/api/admin/gamification/rules/PROFILE_COMPLETED`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { ...rule, points: value },
  })
  check(saved.ok(), `restoring the rule failed with ${saved.status()}`)
  const started = await (
    await request.post(`${baseUrl}/api/admin/gamification/replay`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { dryRun: false },
    })
  ).json()
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const replay = await (
      await request.get(`${baseUrl}/api/admin/gamification/replay/${started.id}`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()
    if (replay.status === 'DONE') return
    check(replay.status !== 'FAILED', `restoring replay failed: ${replay.error}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error('the restoring replay did not finish')
}

let failed = false
let adminToken
let adminRequest
try {
  step(`register ${member.email} and complete the profile`)
  const page = await openAs()
  await register(page, member)
  await page.getByLabel('Fecha de nacimiento').fill('1990-05-15')
  await page.getByRole('radio', { name: 'Mujer' }).check()
  await page.getByLabel('Altura (cm)').fill('165')
  await page.getByLabel('Peso (kg)').fill('60')
  await page.getByLabel('Nivel de actividad').selectOption('MODERATE')
  await page.getByRole('radio', { name: 'Mantener' }).check()
  await page.getByLabel('Zona horaria').fill('Europe/Madrid')
  await page.getByTestId('profile-save').click()
  await page.getByRole('status').filter({ hasText: 'Perfil guardado' }).waitFor()

  step('the badge arrives live: toast and bell')
  await page.getByTestId('notification-toast').filter({ hasText: 'Perfil completo' }).waitFor()
  await page.locator('[data-testid="notification-bell"]:not([data-unread="0"])').waitFor()

  step('progress: 10 for the first sign-in + 50 for the profile, and the badge')
  await nav(page, 'Progreso').click()
  await waitForPoints(page, 60)
  await page.getByText('+50').first().waitFor()
  await page.locator('[data-testid="badge-earned"][data-code="PROFILE_COMPLETE"]').waitFor()
  await page.locator('[data-testid="badge-locked"][data-code="WEEKLY_STREAK"]').waitFor()
  await snapshot(page, 'engagement-progress-es-1366.png')

  step('the notification list shows the badge')
  await page.getByTestId('notification-bell').click()
  await page.locator('[data-testid="notification-item"][data-kind="BADGE_UNLOCKED"]').waitFor()
  await snapshot(page, 'engagement-notifications-es-1366.png')

  step('admin changes the profile rule to 70 points, previews and replays')
  const adminPage = await openAs()
  await signIn(adminPage, admin, { lands: landing.admin })
  adminRequest = adminPage.context().request
  adminToken = (await (await adminRequest.post(`${baseUrl}/api/auth/login`, { data: admin })).json()).accessToken
  await nav(adminPage, 'Gamificación').click()
  await adminPage.getByTestId('rule-PROFILE_COMPLETED').getByRole('button', { name: 'Editar PROFILE_COMPLETED' }).click()
  const form = adminPage.getByRole('form', { name: 'Editar regla' })
  await form.getByLabel('Puntos').fill('70')
  await form.getByRole('button', { name: 'Guardar' }).click()
  await adminPage.getByTestId('rule-points-PROFILE_COMPLETED').filter({ hasText: '70' }).waitFor()

  await adminPage.getByTestId('replay-preview').click()
  await adminPage.locator('[data-testid="replay-status"][data-status="DONE"][data-dry-run="true"]').waitFor({ timeout: 90_000 })
  const report = await adminPage.getByTestId('replay-report').innerText()
  check(/ganarían puntos: [1-9]/.test(report), `preview shows no gainers: ${report}`)
  await snapshot(adminPage, 'engagement-admin-preview-es-1366.png')
  await waitForPoints(page, 60)

  await adminPage.getByTestId('replay-apply').click()
  await adminPage.getByTestId('replay-apply-confirm').click() // it asks first: every member's totals change
  await adminPage.locator('[data-testid="replay-status"][data-status="DONE"][data-dry-run="false"]').waitFor({ timeout: 90_000 })
  step("the member's total follows: 10 + 70")
  await waitForPoints(page, 80)

  step('pages in English and at phone width')
  for (const [locale, viewport, name] of [
    ['en-US', { width: 1366, height: 900 }, 'en-1366'],
    ['es-ES', { width: 390, height: 844 }, 'es-390'],
    ['en-US', { width: 390, height: 844 }, 'en-390'],
  ]) {
    const other = await openAs(viewport, locale)
    // an English browser meets the sign-in in English; the member's account speaks Spanish, so
    // English stays only once picked in this browser
    await signIn(other, member, { language: locale.slice(0, 2) })
    if (locale.startsWith('en')) await other.evaluate(() => localStorage.setItem('vitalia.language', 'en'))
    await other.goto(`${baseUrl}/progress`)
    await other.getByTestId('progress-points').waitFor()
    await snapshot(other, `engagement-progress-${name}.png`)
    await other.goto(`${baseUrl}/settings`)
    await other.locator('#notification-preferences-title').waitFor()
    // the push switch renders with a state this browser can honestly report
    await other.getByTestId('device-push').getByRole('switch').waitFor()
    await snapshot(other, `engagement-settings-${name}.png`)
    const overflow = await other.evaluate(() => globalThis.document.documentElement.scrollWidth - globalThis.innerWidth)
    check(overflow <= 0, `settings overflow horizontally by ${overflow}px at ${name}`)
  }
  check(errors.length === 0, `page errors: ${errors.join(' | ')}`)
  console.log('engagement scenario passed')
} catch (error) {
  failed = true
  console.error(error)
  for (const [index, page] of pages.entries()) {
    await snapshot(page, `engagement-failure-${index}.png`).catch(() => {})
  }
} finally {
  if (adminToken)
    await setProfileRulePoints(adminRequest, adminToken, 50).catch((error) => {
      failed = true
      console.error('could not restore the profile rule', error)
    })
  await browser.close()
}
process.exit(failed ? 1 : 0)

// Browser end-to-end check of the foundation: sign up, sign in, complete the profile and
// compare the targets on screen with the server's and with an independent Mifflin–St Jeor figure.
//
//   BASE_URL=http://localhost:8080 npm run e2e

import { baseUrl, check, launch, openPage, register, shot, snapshot, step } from './support.mjs'

const timeout = 15_000

const person = {
  displayName: 'E2E Foundation',
  email: `e2e.${Date.now()}@vitalia.test`,
  password: `Calm-Meadow-${Date.now()}!`,
  birthDate: '1990-05-15',
  sex: 'FEMALE',
  heightCm: 165,
  weightKg: 60,
  activityLevel: 'MODERATE',
  goal: 'MAINTAIN',
  timezone: 'Europe/Madrid',
}

function ageOn(birthDate, today) {
  const [year, month, day] = birthDate.split('-').map(Number)
  const beforeBirthday = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day)
  return today.getFullYear() - year - (beforeBirthday ? 1 : 0)
}

async function readTarget(page, name) {
  const raw = await page.getByTestId(`targets-${name}`).getAttribute('data-value')
  const value = Number(raw)
  check(raw !== null && raw !== '' && Number.isFinite(value), `targets-${name} has no numeric value (got ${raw})`)
  return value
}

const browser = await launch()
const consoleErrors = []
const page = await openPage(browser, { timeout, errors: consoleErrors })

let failed = false
try {
  step(`register ${person.email}`)
  await register(page, person)

  step('registering signed the member in')
  await page.getByTestId('nav-logout').waitFor()

  step('complete the profile')
  await page.getByLabel('Fecha de nacimiento').fill(person.birthDate)
  await page.getByRole('radio', { name: 'Mujer' }).check()
  await page.getByLabel('Altura (cm)').fill(String(person.heightCm))
  await page.getByLabel('Peso (kg)').fill(String(person.weightKg))
  await page.getByLabel('Nivel de actividad').selectOption(person.activityLevel)
  await page.getByRole('radio', { name: 'Mantener' }).check()
  await page.getByLabel('Zona horaria').fill(person.timezone)
  check((await page.locator('[data-testid="targets-panel"]').getAttribute('data-source')) === 'preview', 'no live preview while editing')
  await page.getByTestId('profile-save').click()

  step('wait for the server targets')
  const panel = page.locator('[data-testid="targets-panel"][data-source="server"]:not([aria-busy="true"])')
  await panel.getByTestId('targets-calories').waitFor()
  await page.getByRole('status').filter({ hasText: 'Perfil guardado' }).waitFor()

  const shown = {}
  for (const name of ['bmr', 'tdee', 'calories', 'protein', 'fat', 'carbs']) shown[name] = await readTarget(page, name)

  step('compare with GET /api/me/targets')
  const api = page.context().request
  const login = await api.post(`${baseUrl}/api/auth/login`, { data: { email: person.email, password: person.password } })
  check(login.ok(), `API login failed with ${login.status()}`)
  const { accessToken } = await login.json()
  const response = await api.get(`${baseUrl}/api/me/targets`, { headers: { Authorization: `Bearer ${accessToken}` } })
  check(response.ok(), `GET /api/me/targets failed with ${response.status()}`)
  const server = await response.json()
  const expectedFromServer = {
    bmr: server.bmr,
    tdee: server.tdee,
    calories: server.calories,
    protein: server.proteinG,
    fat: server.fatG,
    carbs: server.carbsG,
  }
  for (const [name, value] of Object.entries(expectedFromServer)) {
    check(shown[name] === Math.round(value), `targets-${name}: page shows ${shown[name]}, server says ${value}`)
  }
  check(server.custom === false, 'fresh targets should not be custom')

  step('compare with an independent Mifflin–St Jeor figure')
  const age = ageOn(person.birthDate, new Date())
  const bmr = 10 * person.weightKg + 6.25 * person.heightCm - 5 * age - 161
  check(shown.bmr === Math.round(bmr), `BMR ${shown.bmr} ≠ Mifflin–St Jeor ${Math.round(bmr)} (age ${age})`)
  check(Math.abs(shown.tdee - bmr * 1.55) <= 1, `TDEE ${shown.tdee} ≠ BMR × 1.55 = ${Math.round(bmr * 1.55)}`)
  check(Math.abs(shown.calories - shown.tdee) <= 1, `MAINTAIN calories ${shown.calories} ≠ TDEE ${shown.tdee}`)

  step('reload: the session and the targets survive (refresh cookie, token only in memory)')
  await page.reload()
  await page.locator('[data-testid="targets-panel"][data-source="server"]').getByTestId('targets-calories').waitFor()
  check((await readTarget(page, 'calories')) === shown.calories, 'calories changed after reload')
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
  check(!stored.includes(accessToken.slice(0, 20)) && !/ey[A-Za-z0-9_-]{10,}\./.test(stored), 'a token was written to web storage')

  await snapshot(page, 'foundation-profile.png')
  check(consoleErrors.length === 0, `page errors: ${consoleErrors.join('; ')}`)
  console.log(
    `✔ foundation e2e passed: BMR ${shown.bmr}, TDEE ${shown.tdee}, ${shown.calories} kcal, P${shown.protein}/F${shown.fat}/C${shown.carbs} g`,
  )
} catch (error) {
  failed = true
  console.error(`✘ foundation e2e failed: ${error instanceof Error ? error.message : error}`)
  if (consoleErrors.length) console.error(`  page errors: ${consoleErrors.join('; ')}`)
  await snapshot(page, 'foundation-failure.png').catch(() => {})
  console.error(`  screenshot: ${shot('foundation-failure.png')}`)
} finally {
  await browser.close()
}
process.exit(failed ? 1 : 0)

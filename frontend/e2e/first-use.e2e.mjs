// Browser end-to-end check of what a newcomer meets first, on a 390×844 phone and a 1366 px
// laptop, in Spanish and English: signing up signs the member in; decimal commas; logging
// today's weight; the day's summary first on a phone; portions and food names in the viewer's
// language; the consistency bar; each role's landing page; the booking page opening on the first
// week with free slots, the waitlist only on working days and the cancellation window said before
// booking; "My appointments" on a phone; the admin list's real total and the admin header; a
// first visit in the browser's language.
// Run: node e2e/first-use.e2e.mjs (app on BASE_URL, default http://localhost:8080).
import { baseUrl, check, landing, launch, openPage, register, shot, signIn, snapshot, step } from './support.mjs'

const timeout = 20_000
const stamp = Date.now()
const phone = { width: 390, height: 844 }
const laptop = { width: 1366, height: 800 }
const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@vitalia.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin password for the tests',
}
const member = { displayName: 'E2E Primer Uso', email: `e2e.firstuse.${stamp}@vitalia.test`, password: `Calm-Harbour-${stamp}!` }
const clinician = {
  displayName: `Dra. Primer Uso ${stamp}`,
  email: `e2e.firstuse.doctor.${stamp}@vitalia.test`,
  password: `Quiet-Forest-${stamp}!`,
}

// Calendar dates in Madrid, where the member and the clinician live.
const isoDay = (offset) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date(Date.now() + offset * 86_400_000))

async function api(page, method, path, token, data) {
  const response = await page.context().request.fetch(`${baseUrl}/api${path}`, {
    method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    data,
  })
  const text = await response.text()
  return { status: response.status(), body: text ? JSON.parse(text) : null }
}

async function token(page, { email, password }) {
  const login = await api(page, 'POST', '/auth/login', null, { email, password })
  check(login.status === 200, `API login of ${email} answered ${login.status}`)
  return login.body.accessToken
}

/** The element lies within the viewport's width: nothing cut off at the right edge. */
async function withinWidth(locator, width, what) {
  await locator.waitFor() // boundingBox() does not wait: null for an element not drawn yet
  const box = await locator.boundingBox()
  check(box && box.x >= 0 && box.x + box.width <= width + 0.5, `${what} is cut off: ${JSON.stringify(box)} in ${width} px`)
}

const browser = await launch()
const pageErrors = []
const pages = []
async function open(viewport, timezoneId = 'Europe/Madrid') {
  const page = await openPage(browser, { timezoneId, timeout, errors: pageErrors, viewport })
  pages.push(page)
  return page
}

let failed = false
try {
  step(`a new member ${member.email} signs up on a phone and is signed in at once`)
  const memberPage = await open(phone)
  await register(memberPage, member)
  await memberPage.getByTestId('nav-logout').waitFor()
  await snapshot(memberPage, 'first-use-welcome-es-390.png')

  step('the profile takes "68,5" as 68.5 kg')
  await memberPage.getByLabel('Fecha de nacimiento').fill('1991-03-02')
  await memberPage.getByRole('radio', { name: 'Mujer' }).check()
  await memberPage.getByLabel('Altura (cm)').fill('166,5')
  await memberPage.getByLabel('Peso (kg)').fill('68,5')
  await memberPage.getByLabel('Nivel de actividad').selectOption('MODERATE')
  await memberPage.getByRole('radio', { name: 'Mantener' }).check()
  check((await memberPage.getByLabel('Zona horaria').inputValue()) === 'Europe/Madrid', 'the time zone does not default to the browser’s')
  await memberPage.getByTestId('profile-save').click()
  await memberPage.getByRole('status').filter({ hasText: 'Perfil guardado' }).waitFor()
  const memberToken = await token(memberPage, member)
  const profile = await api(memberPage, 'GET', '/me/profile', memberToken)
  check(profile.body.weightKg === 68.5 && profile.body.heightCm === 166.5, `saved ${profile.body.weightKg} kg, ${profile.body.heightCm} cm`)

  step('"log today’s weight" with a decimal comma; the history shows it')
  const logWeight = memberPage.getByTestId('log-weight-form')
  await logWeight.getByLabel('Peso de hoy (kg)').fill('67,9')
  await logWeight.getByRole('button', { name: 'Registrar peso' }).click()
  await memberPage.getByRole('list', { name: 'Historial de peso' }).getByText('67,9 kg').waitFor()
  check(
    (await api(memberPage, 'GET', '/me/profile', memberToken)).body.weightKg === 67.9,
    'the logged weight did not become the current one',
  )
  await snapshot(memberPage, 'first-use-profile-es-390.png')

  step('a food logged as two portions shows the portion with grams; the summary comes first on a phone')
  const banana = (await api(memberPage, 'GET', '/foods?q=platano', memberToken)).body.content[0]
  const logged = await api(memberPage, 'POST', '/diary/entries', memberToken, {
    date: isoDay(0),
    meal: 'BREAKFAST',
    foodId: banana.id,
    portionIndex: 0,
    quantity: 2,
  })
  check(logged.status === 201, `logging by portion answered ${logged.status}`)
  await memberPage.goto(`${baseUrl}/today`)
  const entry = memberPage.getByTestId('diary-entry').filter({ hasText: 'Plátano' })
  await entry.getByTestId('entry-amount').filter({ hasText: '2 × 1 mediano = 236 g' }).waitFor()
  const summaryTop = (await memberPage.getByTestId('day-summary-slot').boundingBox()).y
  const addTop = (await memberPage.locator('#add-title').boundingBox()).y
  check(summaryTop < addTop, `on a phone the summary (y=${summaryTop}) should come before adding food (y=${addTop})`)
  await snapshot(memberPage, 'first-use-today-es-390.png')

  step('in English the same entry and the recent foods are in English')
  await memberPage.getByRole('button', { name: 'English' }).click()
  await memberPage
    .getByTestId('diary-entry')
    .filter({ hasText: 'Banana' })
    .getByTestId('entry-amount')
    .filter({ hasText: '2 × 1 medium = 236 g' })
    .waitFor()
  // the recent foods are a query of their own, refetched in the new language a moment after
  // the entries: give the page a few seconds to finish, then no Spanish name may be left
  await memberPage
    .getByText('Plátano')
    .first()
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => {})
  check((await memberPage.getByText('Plátano').count()) === 0, 'a Spanish food name is still on the English page')
  await snapshot(memberPage, 'first-use-today-en-390.png')

  step('the consistency bar marks the days actually logged')
  await api(memberPage, 'POST', '/diary/entries', memberToken, { date: isoDay(-3), meal: 'LUNCH', foodId: banana.id, grams: 100 })
  await memberPage.goto(`${baseUrl}/trends`)
  const bar = memberPage.getByTestId('adherence-bar').locator('span')
  await bar.first().waitFor()
  const marks = await bar.evaluateAll((days) => days.map((day) => day.getAttribute('data-logged')))
  check(JSON.stringify(marks) === JSON.stringify(['false', 'false', 'false', 'true', 'false', 'false', 'true']), `consistency bar ${marks}`)
  await snapshot(memberPage, 'first-use-trends-en-390.png')

  step('the admin lands on the admin home, opens today’s appointments with a real total; every menu link is in sight at 1366 px')
  const adminPage = await open(laptop)
  await signIn(adminPage, admin, { lands: landing.admin })
  await adminPage.getByTestId('kpi-cards').waitFor()
  await adminPage.getByRole('navigation', { name: 'Navegación principal' }).first().getByRole('link', { name: 'Todas las citas' }).click()
  await adminPage.waitForURL(/\/admin\/appointments/)
  const total = adminPage.getByTestId('appointments-total')
  await total.waitFor()
  const totalText = await total.innerText()
  const adminToken = await token(adminPage, admin)
  check(/^\d[\d.]* citas?$/.test(totalText), `the total reads "${totalText}"`)
  // an admin who is also a member has more links than fit beside the logo: they get a row of their
  // own, wrapped, every one of them in sight (no link scrolled out of the menu)
  const nav = adminPage.getByRole('navigation', { name: 'Navegación principal' }).first()
  const navBox = await nav.boundingBox()
  const headerBox = await adminPage.locator('header').first().boundingBox()
  const links = await nav
    .getByRole('link')
    .evaluateAll((elements) => elements.map((a) => ({ text: a.textContent, ...a.getBoundingClientRect().toJSON() })))
  const hidden = links.filter((link) => link.left < navBox.x - 1 || link.right > navBox.x + navBox.width + 1 || link.width === 0)
  check(
    links.length >= 10 && hidden.length === 0,
    `menu links out of sight: ${JSON.stringify(hidden.map((link) => link.text))} of ${links.length}`,
  )
  check(headerBox.height <= 160, `the admin header is ${headerBox.height} px tall`)
  await adminPage.getByTestId('sort').selectOption('-startsAt')
  await adminPage.waitForURL(/sort=-startsAt/)
  await snapshot(adminPage, 'first-use-admin-appointments-es-1366.png')

  step('a clinician created with a password lands on the agenda and never asks for member targets')
  const created = await api(adminPage, 'POST', '/doctors', adminToken, {
    email: clinician.email,
    password: clinician.password,
    displayName: clinician.displayName,
    specialties: ['nutricion'],
    timezone: 'Europe/Madrid',
    slotMinutes: 60,
    locale: 'es',
  })
  check(created.status === 201, `creating the clinician answered ${created.status}`)
  check(JSON.stringify(created.body.specialties) === '["nutrition"]', `specialties ${JSON.stringify(created.body.specialties)}`)
  const doctorId = created.body.id
  const clinicianPage = await open(laptop)
  const clinicianTargets = []
  clinicianPage.on('request', (request) => request.url().includes('/api/me/targets') && clinicianTargets.push(request.url()))
  await signIn(clinicianPage, clinician, { lands: landing.clinician })
  await clinicianPage.getByTestId('nav-availability').first().click()
  await clinicianPage.getByTestId('availability-form').waitFor()
  check(clinicianTargets.length === 0, `a clinician page called ${clinicianTargets.join(', ')}`)

  step('the clinician works only on one day ten days ahead')
  const clinicianToken = await token(clinicianPage, clinician)
  const workday = isoDay(10)
  const rules = await api(clinicianPage, 'PUT', `/doctors/${doctorId}/availability`, clinicianToken, {
    timezone: 'Europe/Madrid',
    slotMinutes: 60,
    minNoticeMinutes: 60,
    weekly: [],
    exceptions: [{ date: workday, type: 'EXTRA', start: '09:00', end: '12:00' }],
  })
  check(rules.status === 200, `availability answered ${rules.status}`)

  for (const [language, viewport, suffix] of [
    ['es', laptop, 'es-1366'],
    ['en', phone, 'en-390'],
  ]) {
    step(`booking page (${suffix}): opens on the week of the first free slot, waitlist only on working days, the window said`)
    const page = language === 'es' ? await open(viewport) : memberPage
    if (language === 'es') await signIn(page, member)
    await page.goto(`${baseUrl}/appointments/book/${doctorId}`)
    await page.getByRole('button', { name: language === 'es' ? 'Español' : 'English' }).click()
    const week = page.getByTestId('slot-week')
    const firstSlot = week.getByTestId('slot').first()
    await firstSlot.waitFor()
    check((await firstSlot.getAttribute('data-starts-at')).startsWith(workday), 'the page did not open on the week of the first free slot')
    check(
      (await week.getByRole('button', { name: language === 'es' ? 'Lista de espera' : 'Join waitlist' }).count()) === 0,
      'the waitlist is offered on a day off',
    )
    await firstSlot.click()
    const policy = page.getByTestId('cancellation-policy')
    await policy.waitFor()
    const policyText = await policy.innerText()
    check(policyText.includes(language === 'es' ? 'hasta 24 horas antes' : 'until 24 hours before'), `policy reads "${policyText}"`)
    if (viewport === phone) await withinWidth(policy, phone.width, 'the cancellation policy')
    await snapshot(page, `first-use-booking-${suffix}.png`)
  }

  step('My appointments on a phone: an appointment inside the window shows no Cancel/Change, nothing cut off')
  // two to three hours ahead, on the hour, inside the clinician's 00:00–23:00 (UTC) hours
  const soon = new Date(Date.now() + 3 * 3600_000)
  soon.setUTCMinutes(0, 0, 0)
  if (soon.getUTCHours() === 23) soon.setUTCHours(24)
  const openNow = await api(clinicianPage, 'PUT', `/doctors/${doctorId}/availability`, clinicianToken, {
    timezone: 'UTC',
    slotMinutes: 60,
    minNoticeMinutes: 60,
    weekly: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((dayOfWeek) => ({
      dayOfWeek,
      start: '00:00',
      end: '23:00',
    })),
    exceptions: [],
  })
  check(openNow.status === 200, `opening every day answered ${openNow.status}`)
  const near = await api(memberPage, 'POST', '/appointments', memberToken, { doctorId, startsAt: soon.toISOString() })
  const far = await api(memberPage, 'POST', '/appointments', memberToken, { doctorId, startsAt: `${isoDay(5)}T10:00:00Z` })
  check(near.status === 201 && far.status === 201, `bookings answered ${near.status} and ${far.status}`)
  await memberPage.goto(`${baseUrl}/appointments`)
  const rows = memberPage.getByRole('row').filter({ hasText: clinician.displayName })
  await rows.first().waitFor()
  const nearRow = rows.first()
  await nearRow.getByTestId('inside-window').waitFor()
  check((await nearRow.getByTestId('cancel-appointment').count()) === 0, 'Cancel is offered inside the cancellation window')
  const farRow = rows.nth(1)
  await withinWidth(farRow.getByTestId('appointment-status'), phone.width, 'the status')
  await withinWidth(farRow.getByTestId('cancel-appointment'), phone.width, 'the Cancel action')
  await snapshot(memberPage, 'first-use-my-appointments-en-390.png')

  step('Spanish and English at both sizes for the record')
  await memberPage.getByRole('button', { name: 'Español' }).click()
  await memberPage.getByText('Demasiado cerca para cambiarla en línea').waitFor()
  await snapshot(memberPage, 'first-use-my-appointments-es-390.png')
  await adminPage.getByRole('button', { name: 'English' }).click()
  await adminPage
    .getByTestId('appointments-total')
    .filter({ hasText: /appointments?$/ })
    .waitFor()
  await snapshot(adminPage, 'first-use-admin-appointments-en-1366.png')
  // the shared admin account goes back to Spanish for the other scenarios
  await adminPage.getByRole('button', { name: 'Español' }).click()
  await adminPage
    .getByTestId('appointments-total')
    .filter({ hasText: /citas?$/ })
    .waitFor()

  step('a visitor whose browser prefers English meets the sign-up in English and gets an English account')
  const visitor = { displayName: 'E2E First Visit', email: `e2e.firstvisit.${stamp}@vitalia.test`, password: `Brisk-Meadow-${stamp}!` }
  const englishPage = await openPage(browser, {
    timezoneId: 'Europe/London',
    timeout,
    errors: pageErrors,
    viewport: phone,
    locale: 'en-GB',
  })
  pages.push(englishPage)
  await englishPage.goto(`${baseUrl}/register`)
  await englishPage.getByRole('heading', { name: 'Create your account' }).waitFor()
  check((await englishPage.locator('html').getAttribute('lang')) === 'en', 'the page does not say it is in English')
  await englishPage.getByLabel('Name', { exact: true }).fill(visitor.displayName)
  await englishPage.getByLabel('Email').fill(visitor.email)
  await englishPage.getByLabel('Password', { exact: true }).fill(visitor.password)
  await englishPage.getByRole('button', { name: 'Create account' }).click()
  await englishPage.waitForURL(/\/profile\?welcome=true/)
  await englishPage.getByTestId('welcome').waitFor()
  await snapshot(englishPage, 'first-use-welcome-en-390.png')
  const me = await api(englishPage, 'GET', '/me', await token(englishPage, visitor))
  check(me.body.locale === 'en', `an English visitor's account speaks ${me.body.locale}`)

  check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`)
  console.log(`✔ first-use e2e passed: admin list "${totalText}", clinician ${doctorId} first free on ${workday}`)
} catch (error) {
  failed = true
  console.error(`✘ first-use e2e failed: ${error instanceof Error ? error.message : error}`)
  if (pageErrors.length) console.error(`  page errors: ${pageErrors.join('; ')}`)
  for (const [index, page] of pages.entries()) {
    const path = shot(`first-use-failure-${index + 1}.png`)
    await page.screenshot({ path, fullPage: true }).catch(() => {})
    console.error(`  screenshot: ${path}`)
  }
} finally {
  await browser.close()
}
process.exit(failed ? 1 : 0)

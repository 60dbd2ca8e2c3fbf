// Browser end-to-end check of scheduling across three roles: an admin adds a clinician with a
// password, the clinician sets weekly hours, a member in another time zone books a slot and
// cancels it (it leaves Upcoming for Cancelled), and the clinician's agenda shows the appointment booked, then cancelled.
//
//   BASE_URL=http://localhost:8080 node e2e/scheduling.e2e.mjs
// The app must run with VITALIA_ADMIN_EMAIL / VITALIA_ADMIN_PASSWORD matching E2E_ADMIN_EMAIL /
// E2E_ADMIN_PASSWORD (defaults below are the ones the Java test harness uses).

import { baseUrl, check, landing, launch, openPage, register, shot, signIn, snapshot, step } from './support.mjs'

const timeout = 20_000
const stamp = Date.now()

const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@vitalia.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin password for the tests',
}
const clinician = {
  displayName: `Dra. Lucía Prueba ${stamp}`,
  email: `e2e.clinician.${stamp}@vitalia.test`,
  password: `Silver-Harbour-${stamp}!`,
  specialty: 'nutrición',
  timezone: 'Europe/Madrid',
}
const member = {
  displayName: `Mario Paciente ${stamp}`,
  email: `e2e.member.${stamp}@vitalia.test`,
  password: `Amber-Valley-${stamp}!`,
  // A different zone from the clinician's, so the page has to convert and say so.
  timezone: 'America/Mexico_City',
}

const browser = await launch()

const pageErrors = []
const pages = []

async function openAs(timezoneId) {
  const page = await openPage(browser, { timezoneId, timeout, errors: pageErrors })
  pages.push(page)
  return page
}

const nav = (page, name) => page.getByRole('navigation', { name: 'Navegación principal' }).first().getByRole('link', { name, exact: true })

let failed = false
try {
  step(`admin ${admin.email} adds ${clinician.email}`)
  const adminPage = await openAs('Europe/Madrid')
  await signIn(adminPage, admin, { lands: landing.admin })
  await nav(adminPage, 'Profesionales').click()
  await adminPage.waitForURL(/\/admin\/clinicians/)
  const newDoctor = adminPage.getByTestId('new-doctor-form')
  await newDoctor.getByLabel('Nombre', { exact: true }).fill(clinician.displayName)
  await newDoctor.getByLabel('Correo electrónico').fill(clinician.email)
  await newDoctor.getByLabel('Contraseña (opcional)').fill(clinician.password)
  // specialties are a translated list of checkboxes, not free text
  await newDoctor.getByTestId('new-doctor-specialties').getByLabel('Nutrición', { exact: true }).check()
  await newDoctor.getByLabel('Zona horaria').fill(clinician.timezone)
  await newDoctor.getByLabel('Duración (min)').fill('30')
  await newDoctor.getByTestId('new-doctor-submit').click()
  await newDoctor.getByRole('status').filter({ hasText: 'ya está en el directorio' }).waitFor()
  // the directory may hold other clinicians (a shared test database): look this one up by name
  await adminPage.getByLabel('Nombre', { exact: true }).first().fill(clinician.displayName)
  await adminPage.getByRole('button', { name: 'Buscar' }).click()
  await adminPage.getByRole('table').getByText(clinician.displayName).waitFor()

  step('the clinician signs in and opens every day 09:00–17:00')
  const clinicianPage = await openAs(clinician.timezone)
  await signIn(clinicianPage, clinician, { lands: landing.clinician })
  await nav(clinicianPage, 'Disponibilidad').click()
  const availability = clinicianPage.getByTestId('availability-form')
  await availability.waitFor()
  for (let day = 0; day < 7; day += 1) await availability.getByTestId('add-hours').click()
  const rows = availability.getByTestId('weekly-row')
  check((await rows.count()) === 7, `expected 7 weekly rows, got ${await rows.count()}`)
  for (let index = 0; index < 7; index += 1) {
    await rows.nth(index).getByLabel('Desde').fill('09:00')
    await rows.nth(index).getByLabel('Hasta').fill('17:00')
  }
  await availability.getByTestId('availability-save').click()
  await availability.getByRole('status').filter({ hasText: 'Disponibilidad guardada' }).waitFor()

  step(`member ${member.email} (${member.timezone}) registers and finds the clinician`)
  const memberPage = await openAs(member.timezone)
  await register(memberPage, member)

  step('the member confirms the address with the link from the outbox')
  const adminApi = adminPage.context().request
  const adminLogin = await adminApi.post(`${baseUrl}/api/auth/login`, { data: admin })
  check(adminLogin.ok(), `admin API login failed with ${adminLogin.status()}`)
  const adminHeaders = { Authorization: `Bearer ${(await adminLogin.json()).accessToken}` }
  // the email goes out after the registration commits, so it may land a moment later
  let mail
  for (let attempt = 0; attempt < 50 && !mail; attempt++) {
    if (attempt > 0) await memberPage.waitForTimeout(200)
    // only this member's mail: other tests' mail may be dated later than now (moved clocks)
    const outbox = await adminApi.get(`${baseUrl}/api/admin/outbox?to=${encodeURIComponent(member.email)}&size=50`, {
      headers: adminHeaders,
    })
    check(outbox.ok(), `GET /api/admin/outbox failed with ${outbox.status()}`)
    mail = (await outbox.json()).content.find((message) => message.to === member.email && /verify-email\?token=/.test(message.body))
  }
  check(mail, `no verification email for ${member.email} in the outbox after 10 s`)
  const token = /verify-email\?token=([\w-]+)/.exec(mail.body)[1]
  await memberPage.goto(`${baseUrl}/verify-email?token=${token}`)
  await memberPage.getByText('Tu correo está verificado').waitFor()

  await nav(memberPage, 'Citas').click()
  await memberPage.getByTestId('book-link').click()
  await memberPage.getByLabel('Especialidad').fill(clinician.specialty)
  await memberPage.getByLabel('Nombre', { exact: true }).fill(clinician.displayName)
  await memberPage.getByRole('button', { name: 'Buscar' }).click()
  await memberPage.getByRole('button', { name: `Ver los huecos de ${clinician.displayName}` }).click()

  step('a week of slots on the member’s clock, with the clinician’s zone named')
  const week = memberPage.getByTestId('slot-week')
  await week.waitFor()
  const zones = await week.getByTestId('slot-zone').innerText()
  check(zones.includes('America/Mexico City') && zones.includes('Europe/Madrid'), `zone labels missing: ${zones}`)
  // Next week, and at least 36 hours ahead: members cannot cancel within 24 hours of the start.
  await week.getByTestId('next-week').click()
  await week.getByTestId('slot').first().waitFor()
  const starts = await week.getByTestId('slot').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-starts-at')))
  const slotIndex = starts.findIndex((value) => new Date(value).getTime() > Date.now() + 36 * 3600_000)
  check(slotIndex >= 0, `no slot 36 hours ahead among ${starts.length}`)
  const slot = week.getByTestId('slot').nth(slotIndex)
  const startsAt = starts[slotIndex]
  const shownTime = (await slot.innerText()).trim()
  const expectedTime = new Intl.DateTimeFormat('es-ES', { timeZone: member.timezone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(startsAt),
  )
  check(shownTime === expectedTime, `slot ${startsAt} shows ${shownTime}, expected ${expectedTime} in ${member.timezone}`)
  await slot.click()
  const booking = memberPage.getByTestId('booking-panel')
  await booking.getByLabel('Motivo (opcional)').fill('Revisión de mi plan de comidas')
  await snapshot(memberPage, 'scheduling-booking.png')
  await booking.getByTestId('book-submit').click()
  await memberPage.waitForURL(/\/appointments\?/)
  const row = memberPage.getByRole('row').filter({ hasText: clinician.displayName })
  await row.getByTestId('appointment-status').filter({ hasText: 'Reservada' }).waitFor()

  step('the clinician sees it booked in the week agenda')
  const clinicianDate = startsAt.slice(0, 10) // the slot carries the clinician's offset
  await clinicianPage.goto(`${baseUrl}/agenda?view=week&date=${clinicianDate}`)
  const item = clinicianPage.getByTestId('agenda-item').filter({ hasText: member.displayName })
  await item.getByTestId('appointment-status').filter({ hasText: 'Reservada' }).waitFor()
  const agendaText = await item.innerText()
  check(agendaText.includes('Revisión de mi plan de comidas'), 'the agenda does not show the reason')
  const clinicianTime = new Intl.DateTimeFormat('es-ES', { timeZone: clinician.timezone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(startsAt),
  )
  check(agendaText.includes(clinicianTime), `the agenda shows "${agendaText}" without ${clinicianTime}`)
  await snapshot(clinicianPage, 'scheduling-agenda-booked.png')

  step('the member moves it to a later time the same day, confirming the new time first')
  await row.getByTestId('reschedule-appointment').click()
  const moving = memberPage.getByTestId('reschedule-panel')
  await moving.getByTestId('slot').first().waitFor()
  const later = await moving
    .getByTestId('slot')
    .evaluateAll(
      (buttons, booked) =>
        buttons
          .map((button) => button.getAttribute('data-starts-at'))
          .filter((value) => value.slice(0, 10) === booked.slice(0, 10) && value > booked),
      startsAt,
    )
  check(later.length > 0, `no later slot on ${startsAt.slice(0, 10)} to move to`)
  await moving.locator(`[data-testid="slot"][data-starts-at="${later[0]}"]`).click()
  // nothing changes until the member confirms the new time
  await moving.getByTestId('reschedule-policy').waitFor()
  await snapshot(memberPage, 'scheduling-reschedule-confirm.png')
  await moving.getByTestId('reschedule-submit').click()
  await memberPage.getByRole('status').filter({ hasText: 'Cita cambiada' }).waitFor()
  await moving.waitFor({ state: 'detached' })

  step('the member cancels')
  await row.getByTestId('cancel-appointment').click()
  await row.getByTestId('cancel-appointment-confirm').click()
  await memberPage.getByRole('status').filter({ hasText: 'Cita cancelada' }).waitFor()
  await row.waitFor({ state: 'detached' }) // no longer upcoming
  await memberPage.getByRole('button', { name: 'Canceladas' }).click()
  await row.getByTestId('appointment-status').filter({ hasText: 'Cancelada' }).waitFor()

  step('the clinician sees it cancelled')
  await clinicianPage.reload()
  await item.getByTestId('appointment-status').filter({ hasText: 'Cancelada' }).waitFor()
  await snapshot(clinicianPage, 'scheduling-agenda-cancelled.png')

  step('the admin lists the clinician’s appointments and books one for the member')
  await nav(adminPage, 'Todas las citas').click()
  await adminPage.waitForURL(/\/admin\/appointments/)
  await adminPage.getByTestId('filter-doctor').selectOption({ label: clinician.displayName })
  const listed = adminPage.getByRole('row').filter({ hasText: member.displayName })
  await listed.getByTestId('appointment-status').filter({ hasText: 'Cancelada' }).waitFor()
  const onBehalf = adminPage.getByTestId('book-on-behalf')
  await onBehalf.getByTestId('member-search').fill(member.displayName)
  await onBehalf.getByRole('button', { name: member.displayName }).click()
  await onBehalf.getByTestId('on-behalf-doctor').selectOption({ label: clinician.displayName })
  await onBehalf.getByTestId('next-week').click()
  await onBehalf.getByTestId('slot').first().click()
  await onBehalf.getByTestId('on-behalf-submit').click()
  await onBehalf.getByText(`Reservada para ${member.displayName}`).waitFor()
  await listed.getByTestId('appointment-status').filter({ hasText: 'Reservada' }).first().waitFor()
  await snapshot(adminPage, 'scheduling-admin-appointments.png')

  check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`)
  console.log(
    `✔ scheduling e2e passed: ${startsAt} booked by ${member.timezone}, shown ${shownTime} to the member and ${clinicianTime} to the clinician, then cancelled; the admin booked for the member`,
  )
} catch (error) {
  failed = true
  console.error(`✘ scheduling e2e failed: ${error instanceof Error ? error.message : error}`)
  if (pageErrors.length) console.error(`  page errors: ${pageErrors.join('; ')}`)
  for (const [index, page] of pages.entries()) {
    const path = shot(`scheduling-failure-${index + 1}.png`)
    await page.screenshot({ path, fullPage: true }).catch(() => {})
    console.error(`  screenshot: ${path}`)
  }
} finally {
  await browser.close()
}
process.exit(failed ? 1 : 0)

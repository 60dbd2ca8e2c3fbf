// Browser end-to-end check of billing: an admin creates a plan in the plan editor; a member
// subscribes from the pricing page through the sandbox checkout, is declined with the
// declining test card (nothing charged), pays with 4242… and sees ACTIVE on "My plan"; the
// admin sees the payment; the member then deletes the account (refused until the plan is
// cancelled). Screenshots of the pages in Spanish and English, at 1366 px and
// at 390×844, go to e2e/out/.
//
//   BASE_URL=http://localhost:8080 node e2e/billing.e2e.mjs
// The app must run with VITALIA_ADMIN_EMAIL / VITALIA_ADMIN_PASSWORD matching E2E_ADMIN_EMAIL /
// E2E_ADMIN_PASSWORD (defaults below are the ones the Java test harness uses).

import { baseUrl, check, landing, launch, openPage, register, shot, signIn, snapshot, step } from './support.mjs'

const timeout = 20_000
const stamp = Date.now()
const code = `e2e-${stamp}`

const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@vitalia.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin password for the tests',
}
const member = {
  displayName: `Sara Suscriptora ${stamp}`,
  email: `e2e.billing.${stamp}@vitalia.test`,
  password: `Coral-Meadow-${stamp}!`,
}

const browser = await launch()
const pageErrors = []
const pages = []

async function openAs() {
  const page = await openPage(browser, { timezoneId: 'Europe/Madrid', timeout, errors: pageErrors })
  pages.push(page)
  return page
}

async function screenshots(page, name) {
  for (const language of ['en', 'es']) {
    await page.locator(`button[lang="${language}"]`).first().click()
    for (const [label, viewport] of [
      ['desktop', { width: 1366, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ]) {
      await page.setViewportSize(viewport)
      await page.waitForTimeout(300)
      await snapshot(page, `billing-${name}-${language}-${label}.png`)
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

const nav = (page, name) => page.getByRole('navigation', { name: 'Navegación principal' }).first().getByRole('link', { name, exact: true })

let failed = false
try {
  step(`admin creates the plan ${code}`)
  const adminPage = await openAs()
  await signIn(adminPage, admin, { lands: landing.admin })
  await nav(adminPage, 'Planes').click()
  await adminPage.waitForURL(/\/admin\/plans/)
  const newPlan = adminPage.getByTestId('new-plan-form')
  await newPlan.getByLabel('Código').fill(code)
  await newPlan.getByLabel('Nombre', { exact: true }).fill(`Premium ${stamp}`)
  await newPlan.getByLabel('Descripción', { exact: true }).fill('Análisis de fotos y resúmenes')
  await newPlan.getByLabel('Nombre en inglés (opcional)').fill(`Premium ${stamp} EN`)
  await newPlan.getByLabel('Descripción en inglés (opcional)').fill('Photo analysis and summaries')
  await newPlan.getByLabel('Precio', { exact: true }).fill('9,99') // typed the Spanish way; sent as 9.99
  await newPlan.getByLabel('Análisis de las fotos de tus comidas').check()
  await newPlan.getByLabel('Resumen semanal escrito por IA').check()
  await newPlan.getByRole('button', { name: 'Crear plan' }).click()
  await adminPage.getByTestId(`admin-plan-${code}`).filter({ hasText: '9,99' }).waitFor()
  // a second plan, for the member to change to later
  await newPlan.getByLabel('Código').fill(`${code}-b`)
  await newPlan.getByLabel('Nombre', { exact: true }).fill(`Básico ${stamp}`)
  await newPlan.getByLabel('Descripción', { exact: true }).fill('Resúmenes semanales')
  await newPlan.getByLabel('Precio', { exact: true }).fill('4,99')
  await newPlan.getByLabel('Resumen semanal escrito por IA').check()
  await newPlan.getByRole('button', { name: 'Crear plan' }).click()
  await adminPage.getByTestId(`admin-plan-${code}-b`).waitFor()

  step(`member ${member.email} opens the pricing page`)
  const memberPage = await openAs()
  await register(memberPage, member)
  await memberPage.goto(`${baseUrl}/pricing`)
  await memberPage.getByTestId(`subscribe-${code}`).click()
  await memberPage.waitForURL(/\/checkout\/sandbox\/cs_sbx_/)
  await memberPage.getByText('4242 4242 4242 4242').waitFor()
  await screenshots(memberPage, 'checkout')

  step('a declined card shows the decline and charges nothing')
  await memberPage.getByLabel('Número de tarjeta').fill('4000 0000 0000 0002')
  await memberPage.getByLabel('CVC').fill('123')
  await memberPage.getByTestId('pay').click()
  await memberPage.getByTestId('checkout-error').filter({ hasText: 'rechazada' }).waitFor()
  step('4242… pays and the plan is ACTIVE')
  await memberPage.getByLabel('Número de tarjeta').fill('4242 4242 4242 4242')
  await memberPage.getByTestId('pay').click()
  await memberPage.waitForURL(/\/billing\/success/)
  await memberPage.getByTestId('subscription-status').and(memberPage.locator('[data-status="ACTIVE"]')).waitFor()
  await memberPage.getByTestId('payments').getByText('Cobrado').waitFor()
  await screenshots(memberPage, 'my-plan')
  step('in English the plan page names the plan in English, in Spanish by its own name')
  const planTitle = memberPage.getByTestId('subscription-status').first().locator('xpath=..')
  await memberPage.locator('button[lang="en"]').first().click()
  await planTitle.filter({ hasText: `Premium ${stamp} EN` }).waitFor()
  await memberPage.locator('button[lang="es"]').first().click()
  await planTitle.filter({ hasText: new RegExp(`Premium ${stamp}(?! EN)`) }).waitFor()
  await memberPage.goto(`${baseUrl}/pricing`)
  await memberPage.getByText('Tu plan actual').waitFor()
  await screenshots(memberPage, 'pricing')

  step('another plan offers a change on the plan page, not a second checkout')
  await memberPage.getByTestId(`change-to-${code}-b`).click()
  await memberPage.waitForURL(/\/billing\?change=/)
  const picked = await memberPage.locator('#change-plan option:checked').textContent()
  check(picked?.includes(`Básico ${stamp}`), `the plan page offers "${picked}" instead of the plan picked on the pricing page`)

  step('the admin sees the payment')
  // the database holds other tests' payments too, some dated later: search for this member
  await adminPage.goto(`${baseUrl}/admin/payments?q=${encodeURIComponent(member.email)}`)
  await adminPage.getByTestId('admin-payments').getByText(member.email).waitFor()
  const rows = await adminPage.getByTestId('admin-payments').getByRole('row').filter({ hasText: member.email }).count()
  check(rows === 1, `the declined card must have charged nothing: expected 1 payment, found ${rows}`)
  step('the admin refunds 1,50 € of it, then finds the subscription')
  const paymentRow = adminPage.getByTestId('admin-payments').getByRole('row').filter({ hasText: member.email })
  await paymentRow.getByRole('button', { name: 'Reembolsar' }).click()
  await paymentRow.getByLabel('Importe (vacío: todo)').fill('1,50')
  await paymentRow.getByRole('button', { name: 'Sí, reembolsar' }).click()
  await paymentRow.getByTestId('refunded-amount').filter({ hasText: '1,50' }).waitFor()
  await adminPage.goto(`${baseUrl}/admin/subscriptions?q=${encodeURIComponent(member.email)}`)
  const subscriptionRow = adminPage.getByRole('row').filter({ hasText: member.email })
  await subscriptionRow.getByTestId('subscription-status').and(adminPage.locator('[data-status="ACTIVE"]')).waitFor()
  await screenshots(adminPage, 'admin-subscriptions')
  await adminPage.goto(`${baseUrl}/admin/payments?q=${encodeURIComponent(member.email)}`)
  await adminPage.getByTestId('refunded-amount').waitFor()
  await screenshots(adminPage, 'admin-payments')
  await adminPage.goto(`${baseUrl}/admin/members?q=${encodeURIComponent(member.displayName)}`)
  await adminPage.getByRole('table').getByText(member.email).waitFor()
  await screenshots(adminPage, 'admin-members')
  await adminPage.goto(`${baseUrl}/admin/plans`)
  await screenshots(adminPage, 'admin-plans')

  step('the member deletes the account: refused while the plan renews, done once it is cancelled')
  await memberPage.goto(`${baseUrl}/settings`)
  const deletion = memberPage.getByTestId('delete-account-card')
  await deletion.getByLabel('Tu contraseña, para confirmar').fill(member.password)
  await deletion.getByTestId('delete-account').click()
  await deletion.getByText('¿Eliminar tu cuenta y todos tus datos para siempre?').waitFor()
  await deletion.getByTestId('delete-account-confirm').click()
  await deletion.getByText('Cancélala primero').waitFor()
  await screenshots(memberPage, 'delete-account-refused')
  await deletion.getByRole('link', { name: 'Ir a mi plan' }).click()
  await memberPage.waitForURL(/\/billing/)
  await memberPage.getByTestId('cancel').click()
  await memberPage.getByRole('button', { name: 'Sí, cancelar' }).click()
  await memberPage.getByTestId('subscription-status').and(memberPage.locator('[data-status="CANCELLED"]')).waitFor()
  await memberPage.goto(`${baseUrl}/settings`)
  await deletion.getByLabel('Tu contraseña, para confirmar').fill(member.password)
  await deletion.getByTestId('delete-account').click()
  await deletion.getByTestId('delete-account-confirm').click()
  await memberPage.waitForURL(/\/login\?.*reason=account-deleted/)
  await memberPage.getByText('Hemos eliminado tu cuenta y tus datos').waitFor()
  step('the password no longer signs in')
  await memberPage.getByLabel('Correo electrónico', { exact: true }).fill(member.email)
  await memberPage.getByLabel('Contraseña', { exact: true }).fill(member.password)
  await memberPage.getByRole('button', { name: 'Iniciar sesión' }).click()
  await memberPage.getByText('El correo o la contraseña no son correctos').waitFor()

  check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`)
  console.log(`✔ billing e2e passed: ${member.email} was declined, then subscribed to ${code}; the admin saw the payment`)
} catch (error) {
  failed = true
  console.error(`✘ billing e2e failed: ${error instanceof Error ? error.message : error}`)
  if (pageErrors.length) console.error(`  page errors: ${pageErrors.join('; ')}`)
  for (const [index, page] of pages.entries()) {
    const path = shot(`billing-failure-${index + 1}.png`)
    await page.screenshot({ path, fullPage: true }).catch(() => {})
    console.error(`  screenshot: ${path}`)
  }
} finally {
  await browser.close()
}
process.exit(failed ? 1 : 0)

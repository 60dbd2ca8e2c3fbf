/* global document -- the waitForFunction callbacks run in the page */
// Browser end-to-end check of the food diary: a new member completes the profile, searches a
// food in Spanish, logs it with a household portion and sees the day's totals grow by exactly
// that portion's energy (compared with the food's own per-100 g figure from the API).
//
//   BASE_URL=http://localhost:8080 node e2e/nutrition.e2e.mjs

import { baseUrl, check, launch, openPage, register, shot, snapshot, step } from './support.mjs'

const timeout = 20_000
const query = process.env.E2E_FOOD_QUERY ?? 'manzana'

const person = {
  displayName: 'E2E Nutrición',
  email: `e2e.nutrition.${Date.now()}@vitalia.test`,
  password: `Quiet-Orchard-${Date.now()}!`,
}

async function numberAttribute(locator, name) {
  const raw = await locator.getAttribute(name)
  const value = Number(raw)
  check(raw !== null && raw !== '' && Number.isFinite(value), `${name} is not a number (got ${raw})`)
  return value
}

const browser = await launch()
const pageErrors = []
const page = await openPage(browser, { timezoneId: 'Europe/Madrid', timeout, errors: pageErrors })

let failed = false
try {
  step(`register ${person.email}`)
  await register(page, person)

  step('complete the profile')
  await page.getByLabel('Fecha de nacimiento').fill('1988-09-12')
  await page.getByRole('radio', { name: 'Hombre' }).check()
  await page.getByLabel('Altura (cm)').fill('178')
  await page.getByLabel('Peso (kg)').fill('74')
  await page.getByLabel('Nivel de actividad').selectOption('LIGHT')
  await page.getByRole('radio', { name: 'Mantener' }).check()
  await page.getByLabel('Zona horaria').fill('Europe/Madrid')
  await page.getByTestId('profile-save').click()
  await page.getByRole('status').filter({ hasText: 'Perfil guardado' }).waitFor()

  step('open Today from the navigation')
  await page.getByRole('navigation', { name: 'Navegación principal' }).first().getByRole('link', { name: 'Hoy' }).click()
  await page.waitForURL(/\/today/)
  const summary = page.getByTestId('day-summary')
  await summary.waitFor()
  const kcalRing = page.getByTestId('total-kcal')
  const before = Number((await kcalRing.getAttribute('data-value')) || 0)
  const remainingBefore = await numberAttribute(page.getByTestId('remaining-kcal'), 'data-value')

  step(`search "${query}" in Spanish`)
  const search = page.getByRole('combobox', { name: 'Buscar un alimento' })
  await search.fill(query)
  const options = page.getByRole('listbox', { name: 'Buscar un alimento' }).getByRole('option')
  await options.first().waitFor()
  const optionNames = await options.allInnerTexts()
  check(
    optionNames.some((name) => /manzana/i.test(name)),
    `no Spanish "manzana" result in: ${optionNames.join(' | ')}`,
  )

  step('pick, through the API, the first Spanish match that has portions and energy')
  const api = page.context().request
  const login = await api.post(`${baseUrl}/api/auth/login`, { data: { email: person.email, password: person.password } })
  check(login.ok(), `API login failed with ${login.status()}`)
  const { accessToken } = await login.json()
  const headers = { Authorization: `Bearer ${accessToken}`, 'Accept-Language': 'es' }
  // Same query and page size as the page, so the order of the options is the same.
  const found = await api.get(`${baseUrl}/api/foods?q=${encodeURIComponent(query)}&page=0&size=8`, { headers })
  check(found.ok(), `GET /api/foods failed with ${found.status()}`)
  const foods = (await found.json()).content
  const index = foods.findIndex((item) => /manzana/i.test(item.name) && item.portions.length > 0 && item.per100g.kcal != null)
  check(index >= 0, `no "manzana" food with portions and energy among: ${foods.map((item) => item.name).join(' | ')}`)
  const food = foods[index]
  check((optionNames[index] ?? '').includes(food.name), `option ${index + 1} is "${optionNames[index]}", the API says "${food.name}"`)

  step(`choose "${food.name}" with the keyboard`)
  for (let i = 0; i <= index; i += 1) await search.press('ArrowDown')
  await search.press('Enter')
  const form = page.getByTestId('add-food-form')
  await form.waitFor()
  const foodName = (await form.getByRole('heading').innerText()).trim()
  check(foodName === food.name, `the form shows "${foodName}", expected "${food.name}"`)

  step('log two of its first portion at lunch')
  const portion = food.portions[0]
  await form.getByTestId('add-unit').selectOption('0')
  await form.getByTestId('add-quantity').fill('2')
  await form.getByTestId('add-meal').selectOption('LUNCH')
  const previewGrams = await numberAttribute(form.getByTestId('add-preview'), 'data-grams')
  check(Math.abs(previewGrams - portion.grams * 2) < 0.01, `preview shows ${previewGrams} g, expected ${portion.grams * 2} g`)
  await form.getByTestId('add-submit').click()
  await page.getByRole('status').filter({ hasText: 'Añadido:' }).waitFor()

  step('the day totals grew by the portion energy')
  const expected = (food.per100g.kcal * portion.grams * 2) / 100
  await page.getByTestId('meal-LUNCH').getByTestId('diary-entry').first().waitFor()
  await page.waitForFunction(
    ([testId, previous]) => {
      const value = document.querySelector(`[data-testid="${testId}"]`)?.getAttribute('data-value')
      return value !== null && value !== '' && Number(value) !== previous
    },
    ['total-kcal', before],
  )
  const after = await numberAttribute(kcalRing, 'data-value')
  check(Math.abs(after - before - expected) <= 1, `kcal went from ${before} to ${after}; expected +${expected.toFixed(1)}`)
  const remainingAfter = await numberAttribute(page.getByTestId('remaining-kcal'), 'data-value')
  check(Math.abs(remainingBefore - remainingAfter - expected) <= 1, `remaining went from ${remainingBefore} to ${remainingAfter}`)
  const lunch = await page.getByTestId('meal-LUNCH').innerText()
  check(lunch.includes(foodName), `lunch does not list ${foodName}`)

  step('the entry shows the portion chosen with its grams; edit it to one portion, then delete it')
  await page
    .getByTestId('meal-LUNCH')
    .getByTestId('entry-amount')
    .filter({ hasText: `2 × ${portion.label}` })
    .waitFor()
  await page.getByRole('button', { name: `Editar la cantidad de ${foodName}` }).click()
  await page.getByLabel(`Cuántas raciones de ${portion.label} de ${foodName}`).fill('1')
  await page.getByRole('button', { name: 'Guardar cantidad' }).click()
  await page.waitForFunction(
    ([testId, target]) => Math.abs(Number(document.querySelector(`[data-testid="${testId}"]`)?.getAttribute('data-value')) - target) <= 1,
    ['total-kcal', before + (food.per100g.kcal * portion.grams) / 100],
  )
  await snapshot(page, 'nutrition-today.png')
  await page.getByRole('button', { name: `Eliminar ${foodName}` }).click()
  await page.getByTestId('meal-LUNCH').getByText('Nada registrado todavía.').waitFor()

  step('the deletion can be undone: the same portion comes back to lunch')
  await page.getByText(`Eliminado: ${foodName} (Comida).`).waitFor()
  const undo = page.getByRole('button', { name: `Deshacer: volver a poner ${foodName} en la comida`, exact: true })
  // the delete button went with its row: the keyboard user is on Undo
  check(await undo.evaluate((button) => button === document.activeElement), 'Undo does not have the focus after the deletion')
  await undo.press('Enter')
  await page.getByText(`${foodName} vuelve a estar en la comida.`).waitFor()
  await page
    .getByTestId('meal-LUNCH')
    .getByTestId('entry-amount')
    .filter({ hasText: `1 × ${portion.label}` })
    .waitFor()
  // the very entry is back, and the day's total with it
  await page.waitForFunction(
    ([testId, target]) => Math.abs(Number(document.querySelector(`[data-testid="${testId}"]`)?.getAttribute('data-value')) - target) <= 1,
    ['total-kcal', before + (food.per100g.kcal * portion.grams) / 100],
  )

  step('the next day copies today once; copying onto a day that has food asks first')
  await page.getByRole('button', { name: 'Día siguiente', exact: true }).click()
  await page.getByRole('heading', { name: 'Diario', exact: true }).waitFor()
  const copyDay = page.getByRole('button', { name: 'Copiar el día anterior', exact: true })
  await copyDay.click()
  await page.getByText('Hemos copiado 1 alimento del día anterior.').waitFor()
  check(await copyDay.isDisabled(), 'the copy button still copies after a copy')
  await page.reload()
  await page.getByTestId('meal-LUNCH').getByTestId('diary-entry').waitFor()
  await copyDay.click()
  await page.getByText('Este día ya tiene 1 alimento. ¿Añadir también los del día anterior?').waitFor()
  const keep = page.getByRole('button', { name: 'No, dejarlo así', exact: true })
  check(await keep.evaluate((button) => button === document.activeElement), 'the safe answer does not have the focus')
  await keep.click()
  check(await copyDay.evaluate((button) => button === document.activeElement), 'focus did not go back to the copy button')
  check((await page.getByTestId('diary-entry').count()) === 1, 'keeping the day still copied')
  await page.getByRole('button', { name: `Eliminar ${foodName}` }).click()
  await page.getByTestId('meal-LUNCH').getByText('Nada registrado todavía.').waitFor()
  await page.getByRole('button', { name: 'Volver a hoy', exact: true }).click()
  await page.getByRole('heading', { name: 'Hoy', exact: true }).waitFor()

  step("today's entry is deleted for good")
  await page.getByRole('button', { name: `Eliminar ${foodName}` }).click()
  await page.getByTestId('meal-LUNCH').getByText('Nada registrado todavía.').waitFor()

  check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`)
  console.log(`✔ nutrition e2e passed: ${foodName}, 2 × ${portion.label} (${portion.grams} g) = +${expected.toFixed(1)} kcal`)
} catch (error) {
  failed = true
  console.error(`✘ nutrition e2e failed: ${error instanceof Error ? error.message : error}`)
  if (pageErrors.length) console.error(`  page errors: ${pageErrors.join('; ')}`)
  await snapshot(page, 'nutrition-failure.png').catch(() => {})
  console.error(`  screenshot: ${shot('nutrition-failure.png')}`)
} finally {
  await browser.close()
}
process.exit(failed ? 1 : 0)

// What every browser scenario shares: where the app is, the headless Chromium set-up, and the
// register / sign-in steps through the real forms. Not a scenario itself (no .e2e.mjs suffix).
import { mkdir } from 'node:fs/promises'
import { chromium } from 'playwright-core'

export const baseUrl = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
export const outDir = new URL('./out/', import.meta.url)
export const shot = (name) => new URL(name, outDir).pathname

/**
 * A full-page picture of `page` in out/NAME, for people to look at, not a check. A tall page drawn
 * in software on a busy machine can take long, and once (a CI run on a loaded machine) Chromium
 * never painted the full-page frame at all: so a full-page picture gets 45 s, then the visible part
 * gets another 30 s, and if neither comes the scenario says so and goes on. Its own checks decide
 * whether it passes; a missing picture is reported, not hidden.
 */
export async function snapshot(page, name) {
  const path = shot(name)
  try {
    await page.screenshot({ path, fullPage: true, timeout: 45_000 })
    return
  } catch (error) {
    console.warn(`  ! full-page screenshot ${name} not taken (${firstLine(error)}); trying the visible part`)
  }
  try {
    await page.screenshot({ path, timeout: 30_000 })
  } catch (error) {
    console.warn(`  ! screenshot ${name} not taken (${firstLine(error)})`)
  }
}

const firstLine = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0]

export function check(condition, message) {
  if (!condition) throw new Error(message)
}

export const step = (name) => console.log(`• ${name}`)

export async function launch() {
  await mkdir(outDir, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  })
}

/** A Spanish-speaking visitor's page; uncaught page errors are collected in `errors`. */
export async function openPage(browser, { timezoneId, timeout, errors, viewport = { width: 1280, height: 900 }, locale = 'es-ES' }) {
  const context = await browser.newContext({ locale, timezoneId, viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600 })
  const page = await context.newPage()
  page.setDefaultTimeout(timeout)
  page.on('pageerror', (error) => errors.push(error.message))
  return page
}

export async function register(page, { displayName, email, password }) {
  await page.goto(`${baseUrl}/register`)
  await page.getByLabel('Nombre', { exact: true }).fill(displayName)
  await page.getByLabel('Correo electrónico').fill(email)
  await page.getByLabel('Contraseña', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Crear cuenta' }).click()
  // a new member is signed in at once and welcomed on the profile they should fill in first
  await page.waitForURL(/\/profile\?welcome=true/)
  await page.getByTestId('welcome').waitFor()
}

/** Where each role lands after signing in. */
export const landing = { member: /\/today/, clinician: /\/agenda/, admin: /\/admin(\?.*)?$/ }

const signInLabels = {
  es: { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' },
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
}

/**
 * Fills the sign-in form on the current page (or opens it first) and waits for the role's home
 * page. The form is in the browser's language until the visitor picks one (`language`).
 */
export async function signIn(page, { email, password }, { open = true, lands = landing.member, language = 'es' } = {}) {
  const labels = signInLabels[language]
  if (open) await page.goto(`${baseUrl}/login`)
  await page.getByLabel(labels.email).fill(email)
  await page.getByLabel(labels.password, { exact: true }).fill(password)
  await page.getByRole('button', { name: labels.submit }).click()
  await page.waitForURL(lands)
}

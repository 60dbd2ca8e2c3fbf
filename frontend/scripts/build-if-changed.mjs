// Installs the web app's dependencies when package-lock.json changed since the last install,
// and builds it when its sources changed since the last build; otherwise does nothing, so
// restarting the application (`./mvnw spring-boot:run`) does not reinstall and rebuild.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function files(path) {
  const full = join(root, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [path]
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(join(path, name)))
}

function fingerprint(paths) {
  const hash = createHash('sha256')
  for (const path of paths.flatMap(files)) hash.update(path).update('\0').update(readFileSync(join(root, path)))
  return hash.digest('hex')
}

function upToDate(stamp, value) {
  return existsSync(join(root, stamp)) && readFileSync(join(root, stamp), 'utf8') === value
}

function run(...args) {
  console.log(`> npm ${args.join(' ')}`)
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const dependencies = fingerprint(['package.json', 'package-lock.json'])
if (upToDate('node_modules/.vitalia-installed', dependencies)) {
  console.log('Web app dependencies unchanged: npm ci skipped')
} else {
  run('ci', '--no-audit', '--no-fund')
  writeFileSync(join(root, 'node_modules/.vitalia-installed'), dependencies)
}

const sources = fingerprint(['package-lock.json', 'index.html', 'public', 'src', 'tsconfig.json', 'tsconfig.app.json', 'tsconfig.node.json', 'vite.config.ts'])
if (upToDate('dist/.vitalia-built', sources)) {
  console.log('Web app sources unchanged: build skipped')
} else {
  run('run', 'build')
  writeFileSync(join(root, 'dist/.vitalia-built'), sources)
}

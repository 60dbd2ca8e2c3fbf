import type { Shape } from '../shape'
import type { es } from './es'

/** Must have exactly the Spanish keys (checked when compiling). */
export const en: Shape<typeof es> = {
  foodImports: {
    title: 'Food catalog',
    description: 'Import USDA data sets and check how FoodData Central stands.',
    uploadTitle: 'Import a data set',
    uploadHint: 'A zip of the FoodData Central CSV files or of the SR28 files. The import goes on in the background.',
    format: 'Format',
    formats: { sr28: 'SR28 (ASCII)', 'fdc-csv': 'FoodData Central (CSV)' },
    formatHints: {
      sr28: 'FOOD_DES.txt, NUT_DATA.txt, WEIGHT.txt, FD_GROUP.txt',
      'fdc-csv': 'food.csv, nutrient.csv, food_nutrient.csv, food_portion.csv, measure_unit.csv',
    },
    file: 'Zip file',
    fileHint: 'Up to the limit configured on the server (512 MB by default).',
    fileRequired: 'Choose the zip file to import.',
    fileNotZip: 'The file must be a .zip.',
    upload: 'Upload and import',
    currentTitle: 'Current import',
    lastTitle: 'Latest import',
    progress: 'Import progress',
    preparing: 'Preparing…',
    rows: '{{done}} of {{total}} foods',
    summary: '{{foods}} foods, {{nutrients}} nutrient values, {{portions}} portions',
    failed: 'The import failed.',
    historyTitle: 'Past imports',
    empty: 'Nothing has been imported yet.',
    createdAt: 'Date',
    status: 'Status',
    result: 'Result',
    statuses: { QUEUED: 'Queued', RUNNING: 'Importing', SUCCEEDED: 'Succeeded', FAILED: 'Failed' },
    remote: {
      title: 'FoodData Central',
      hint: 'Completes searches when the local catalog lacks a food.',
      configured: 'Configured',
      yes: 'Yes',
      no: 'No (no API key)',
      breaker: 'Circuit breaker',
      breakerStates: { CLOSED: 'Closed (calls go through)', OPEN: 'Open (calls paused)', HALF_OPEN: 'Half open (trying)' },
      quota: 'Quota this hour',
      quotaLeft: '{{remaining}} of {{limit}} calls left',
    },
  },
}

import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { type FoodImport, importFormats } from '../api/food-imports'
import { importSummaryText } from './import-labels'

const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction
const job = (change: Partial<FoodImport>): FoodImport => ({
  id: 'j',
  format: importFormats[0],
  status: 'RUNNING',
  rowsDone: 0,
  rowsTotal: 0,
  foods: null,
  nutrientValues: null,
  portions: null,
  error: null,
  createdAt: '2026-01-01T00:00:00Z',
  startedAt: null,
  finishedAt: null,
  ...change,
})

describe('import summary in words (the cell and the export say the same)', () => {
  it('counts what a finished import brought', () => {
    expect(importSummaryText(t, job({ status: 'SUCCEEDED', foods: 12, nutrientValues: 3, portions: 0 }))).toBe(
      'foodImports.summary {"foods":"12","nutrients":"3","portions":"0"}',
    )
  })

  it('gives a failed import’s error, or the generic failure without one', () => {
    expect(importSummaryText(t, job({ status: 'FAILED', error: 'bad zip' }))).toBe('bad zip')
    expect(importSummaryText(t, job({ status: 'FAILED' }))).toBe('foodImports.failed')
  })

  it('shows progress once the rows are counted, and "preparing" before', () => {
    expect(importSummaryText(t, job({ status: 'RUNNING', rowsDone: 25, rowsTotal: 100 }))).toBe('25 %')
    expect(importSummaryText(t, job({ status: 'QUEUED' }))).toBe('foodImports.preparing')
  })
})

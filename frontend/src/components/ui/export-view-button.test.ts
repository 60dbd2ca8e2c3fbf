import { describe, expect, it } from 'vitest'
import { neutralise, withDetail } from './export-view-button'

describe('export view cells', () => {
  it('writes a cell’s smaller second line in brackets after its main text, and nothing when there is none', () => {
    expect(withDetail('Ana Pérez', 'ana@vitalia.test')).toBe('Ana Pérez (ana@vitalia.test)')
    expect(withDetail('12/01/2027', null)).toBe('12/01/2027')
    expect(withDetail('3', '')).toBe('3')
  })

  it('defuses text a spreadsheet would run as a formula, keeping numbers and ordinary text', () => {
    expect(neutralise('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`)
    expect(neutralise('@SUM(A1)')).toBe(`'@SUM(A1)`)
    expect(neutralise('-12.5')).toBe('-12.5')
    expect(neutralise(7)).toBe(7)
    expect(neutralise(null)).toBe('')
    expect(neutralise('—')).toBe('—')
  })
})

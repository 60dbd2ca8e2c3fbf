import { describe, expect, it } from 'vitest'
import { fileProblem, followedImportTitle, isActive, progressPercent, quotaShare } from './import-progress'

describe('import progress', () => {
  it('follows queued and running imports only', () => {
    expect(isActive({ status: 'QUEUED' })).toBe(true)
    expect(isActive({ status: 'RUNNING' })).toBe(true)
    expect(isActive({ status: 'SUCCEEDED' })).toBe(false)
    expect(isActive({ status: 'FAILED' })).toBe(false)
  })

  it('calls the followed import "in progress" only while it runs', () => {
    expect(followedImportTitle(undefined)).toBe('foodImports.currentTitle')
    expect(followedImportTitle({ status: 'RUNNING' })).toBe('foodImports.currentTitle')
    expect(followedImportTitle({ status: 'SUCCEEDED' })).toBe('foodImports.lastTitle')
    expect(followedImportTitle({ status: 'FAILED' })).toBe('foodImports.lastTitle')
  })

  it('is unknown until the total is counted, then whole percent, never past 100', () => {
    expect(progressPercent({ status: 'RUNNING', rowsDone: 0, rowsTotal: 0 })).toBeNull()
    expect(progressPercent({ status: 'RUNNING', rowsDone: 2_999, rowsTotal: 8_000 })).toBe(37)
    expect(progressPercent({ status: 'RUNNING', rowsDone: 9_000, rowsTotal: 8_000 })).toBe(100)
    expect(progressPercent({ status: 'SUCCEEDED', rowsDone: 0, rowsTotal: 0 })).toBe(100)
    // a failed import wrote nothing
    expect(progressPercent({ status: 'FAILED', rowsDone: 0, rowsTotal: 8_000 })).toBe(0)
  })

  it('asks for a non-empty zip before uploading', () => {
    expect(fileProblem(null)).toBe('foodImports.fileRequired')
    expect(fileProblem({ name: 'empty.zip', size: 0 })).toBe('foodImports.fileRequired')
    expect(fileProblem({ name: 'food.csv', size: 10 })).toBe('foodImports.fileNotZip')
    expect(fileProblem({ name: 'FoodData_Central_csv.ZIP', size: 10 })).toBeNull()
  })

  it('shows the quota as a share of the hourly limit, nothing when FoodData Central is off', () => {
    expect(quotaShare({ hourlyLimit: 1000, quotaRemaining: 250 })).toBe(0.25)
    expect(quotaShare({ hourlyLimit: 1000, quotaRemaining: 0 })).toBe(0)
    expect(quotaShare({ hourlyLimit: null, quotaRemaining: null })).toBeNull()
  })
})

import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { RadioCards } from '@/components/ui/radio-cards'
import { toFormErrors } from '@/lib/form-errors'
import { type FoodImport, type ImportFormat, useStartFoodImport } from '../api/food-imports'
import { fileProblem } from '../utils/import-progress'

/** Uploads a USDA data set (zip) in the chosen layout and hands the started import back. */
export function ImportUploadForm({ onStarted }: { onStarted: (job: FoodImport) => void }) {
  const { t } = useTranslation()
  const start = useStartFoodImport()
  const [format, setFormat] = useState<ImportFormat>('fdc-csv')
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState<string | undefined>()
  const fileInput = useRef<HTMLInputElement>(null)
  const errors = start.error ? toFormErrors(start.error, ['file', 'format'] as const, t) : { fields: {} }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const problem = fileProblem(file)
    setFileError(problem ? t(problem) : undefined)
    if (problem || !file) return
    start.mutate(
      { format, file },
      {
        onSuccess: (job) => {
          setFile(null)
          if (fileInput.current) fileInput.current.value = ''
          onStarted(job)
        },
      },
    )
  }

  return (
    <form noValidate onSubmit={submit} className="grid gap-4" data-testid="food-import-form">
      <FormAlert message={errors.form} />
      <RadioCards
        legend={t('foodImports.format')}
        name="format"
        value={format}
        onChange={setFormat}
        error={errors.fields.format}
        options={[
          { value: 'fdc-csv', label: t('foodImports.formats.fdc-csv'), description: t('foodImports.formatHints.fdc-csv') },
          { value: 'sr28', label: t('foodImports.formats.sr28'), description: t('foodImports.formatHints.sr28') },
        ]}
      />
      <FormField label={t('foodImports.file')} hint={t('foodImports.fileHint')} error={fileError ?? errors.fields.file}>
        <Input
          ref={fileInput}
          type="file"
          name="file"
          accept=".zip,application/zip"
          className="h-auto py-2"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setFileError(undefined)
          }}
        />
      </FormField>
      <Button type="submit" pending={start.isPending} data-testid="food-import-submit">
        {t('foodImports.upload')}
      </Button>
    </form>
  )
}

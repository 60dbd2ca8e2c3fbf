import { zodResolver } from '@hookform/resolvers/zod'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { Controller } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { RadioCards } from '@/components/ui/radio-cards'
import { applyServerErrors } from '@/lib/form-errors'
import { useForm } from '@/lib/use-form'
import { type FoodImport, importFormats, useStartFoodImport } from '../api/food-imports'
import { fileProblem } from '../utils/import-progress'

/** A layout and a non-empty .zip file (the server checks its contents). */
function uploadSchema(t: TFunction) {
  return z.object({
    format: z.enum(importFormats),
    file: z.custom<File | null>().transform((file, ctx): File => {
      const problem = fileProblem(file)
      if (!problem && file) return file
      ctx.addIssue({ code: 'custom', message: t(problem ?? 'foodImports.fileRequired') })
      return z.NEVER
    }),
  })
}

/** Uploads a USDA data set (zip) in the chosen layout and hands the started import back. */
export function ImportUploadForm({ onStarted }: { onStarted: (job: FoodImport) => void }) {
  const { t } = useTranslation()
  const start = useStartFoodImport()
  const form = useForm({
    resolver: zodResolver(uploadSchema(t)),
    defaultValues: { format: 'fdc-csv' as const, file: null as File | null },
  })
  const { errors } = form.formState
  // A file input cannot be cleared by value: a new one replaces it after each upload.
  const [uploads, setUploads] = useState(0)

  const submit = form.handleSubmit((upload) =>
    start.mutate(upload, {
      onSuccess: (job) => {
        form.reset({ format: upload.format, file: null })
        setUploads((count) => count + 1)
        onStarted(job)
      },
      onError: (error) => applyServerErrors(error, form, t),
    }),
  )

  return (
    <form noValidate onSubmit={submit} className="grid gap-4" data-testid="food-import-form">
      <FormAlert message={errors.root?.server?.message} />
      <Controller
        control={form.control}
        name="format"
        render={({ field, fieldState }) => (
          <RadioCards
            legend={t('foodImports.format')}
            name={field.name}
            ref={field.ref}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
            options={[
              { value: 'fdc-csv', label: t('foodImports.formats.fdc-csv'), description: t('foodImports.formatHints.fdc-csv') },
              { value: 'sr28', label: t('foodImports.formats.sr28'), description: t('foodImports.formatHints.sr28') },
            ]}
          />
        )}
      />
      <Controller
        control={form.control}
        name="file"
        render={({ field, fieldState }) => (
          <FormField label={t('foodImports.file')} hint={t('foodImports.fileHint')} error={fieldState.error?.message}>
            <Input
              key={uploads}
              ref={field.ref}
              type="file"
              name={field.name}
              accept=".zip,application/zip"
              className="h-auto py-2"
              onBlur={field.onBlur}
              onChange={(event) => field.onChange(event.target.files?.[0] ?? null)}
            />
          </FormField>
        )}
      />
      <Button type="submit" pending={start.isPending} data-testid="food-import-submit">
        {t('foodImports.upload')}
      </Button>
    </form>
  )
}

export function Logo() {
  return (
    <span className="flex items-center gap-2 text-lg font-semibold tracking-tight text-ink">
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
        <rect width="32" height="32" rx="9" className="fill-brand-700" />
        <path
          d="M8.5 17.5c2.6 0 3.3-5 5.2-5s2.3 9 4.6 9 2.5-6.5 5.2-6.5"
          fill="none"
          stroke="white"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      Vitalia
    </span>
  )
}

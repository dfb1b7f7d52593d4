/** A labelled search box with an optional hint below it: the library's, the board's and the body finders'. */
export function SearchField(p: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  onFocus?: () => void;
  className: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="search"
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        onFocus={p.onFocus}
        aria-describedby={p.hint ? `${p.id}-hint` : undefined}
        className={p.className}
      />
      {p.hint && (
        <span id={`${p.id}-hint`} className="text-xs text-[var(--muted)]">
          {p.hint}
        </span>
      )}
    </div>
  );
}

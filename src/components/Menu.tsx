import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

const ENTRY = '[role="menuitem"], [role="menuitemradio"]';

export interface MenuItem {
  id: string;
  label: string;
  /** Why the item cannot be used here; shown in place of running it. */
  unavailable?: string;
  run: () => void;
}

/** Choices that shape what the items do (size, background): radio items that keep the menu open. */
export interface MenuGroup {
  id: string;
  label: string;
  value: string;
  options: { id: string; label: string }[];
  onChange: (id: string) => void;
}

interface Props {
  /** The button's visible word, e.g. "Export". */
  label: string;
  /** Said after it to screen readers, e.g. " chart: Proactive disclosure by channel". */
  labelRest: string;
  items: MenuItem[];
  groups?: MenuGroup[];
  /** Called on hover/focus of the button, to fetch what the items need. */
  onIntent?: () => void;
}

/**
 * A menu button: Enter/Space/ArrowDown open it, arrows move, Escape closes and
 * returns focus to the button, Tab leaves it.
 */
export function Menu({ label, labelRest, items, groups = [], onIntent }: Props) {
  const name = label + labelRest;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: PointerEvent) => {
      if (!list.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(list.current?.querySelectorAll<HTMLElement>(ENTRY) ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(entries.length - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
        onMouseEnter={onIntent}
        onFocus={onIntent}
        className="rounded border border-[var(--border)] px-2 py-0.5"
      >
        {label}
        <span className="sr-only">{labelRest}</span> <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={list}
          id={id}
          role="menu"
          aria-label={name}
          onKeyDown={onKeyDown}
          className="absolute left-0 z-20 mt-1 min-w-48 rounded border border-[var(--border)] bg-[var(--bg)] py-1 shadow-lg"
        >
          {groups.map((g) => (
            <li key={g.id} role="none" className="border-b border-[var(--border)] px-3 pt-1 pb-2">
              <span className="block text-xs text-[var(--muted)]" id={`${id}-${g.id}`}>
                {g.label}
              </span>
              <ul role="group" aria-labelledby={`${id}-${g.id}`} className="flex flex-wrap gap-1 pt-1">
                {g.options.map((o) => (
                  <li key={o.id} role="none">
                    <button
                      type="button"
                      role="menuitemradio"
                      aria-checked={g.value === o.id}
                      tabIndex={-1}
                      data-export-option={`${g.id}:${o.id}`}
                      onClick={() => g.onChange(o.id)}
                      className={`rounded border px-2 py-0.5 text-xs ${g.value === o.id ? 'border-[var(--accent)] bg-[var(--surface)] font-semibold' : 'border-[var(--border)]'}`}
                    >
                      {o.label}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          {items.map((item) => (
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.unavailable ? true : undefined}
                title={item.unavailable}
                data-export={item.id}
                onClick={() => {
                  if (item.unavailable) return;
                  // Back on the menu's button, so the keyboard goes on from where it was.
                  close();
                  item.run();
                }}
                className={`block w-full px-3 py-1 text-left text-sm hover:bg-[var(--surface)] focus:bg-[var(--surface)] ${item.unavailable ? 'text-[var(--muted)]' : ''}`}
              >
                {item.label}
                {item.unavailable && <span className="block text-xs">{item.unavailable}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

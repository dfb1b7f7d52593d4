import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  closeLabel: string;
  side?: 'left' | 'right';
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal side drawer on the native <dialog>, with its title and a Close
 * button: focus stays inside while open (Close has it first), Escape closes
 * it, and focus returns to what opened it.
 */
export function Dialog({ title, closeLabel, onClose, children, side = 'right', className = '' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`fixed inset-y-0 m-0 h-full max-h-none w-full max-w-xl overflow-y-auto border-[var(--border)] bg-[var(--bg)] p-4 text-[var(--fg)] backdrop:bg-black/40 ${side === 'right' ? 'right-0 left-auto border-l' : 'right-auto left-0 border-r'} ${className}`}
      onClick={(e) => {
        if (e.target === e.currentTarget) ref.current?.close();
      }}
    >
      <div className="mb-3 flex items-start justify-between gap-2">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={() => ref.current?.close()}
          className="rounded border border-[var(--border)] px-2 py-0.5"
          autoFocus
        >
          {closeLabel}
        </button>
      </div>
      {children}
    </dialog>
  );
}

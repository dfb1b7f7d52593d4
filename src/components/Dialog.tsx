import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  labelledBy: string;
  side?: 'left' | 'right';
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal side drawer on the native <dialog>: focus stays inside while open,
 * Escape closes it, and focus returns to what opened it.
 */
export function Dialog({ labelledBy, onClose, children, side = 'right', className = '' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
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
      aria-labelledby={labelledBy}
      className={`fixed inset-y-0 m-0 h-full max-h-none w-full max-w-xl overflow-y-auto border-[var(--border)] bg-[var(--bg)] p-4 text-[var(--fg)] backdrop:bg-black/40 ${side === 'right' ? 'right-0 left-auto border-l' : 'right-auto left-0 border-r'} ${className}`}
      onClick={(e) => {
        if (e.target === e.currentTarget) ref.current?.close();
      }}
    >
      {children}
    </dialog>
  );
}

import { useEffect } from 'react';
import { useStore, type Toast } from '../state/store';

/** Short messages (an export done, a clipboard refused); each goes after a few seconds. */
export function Toasts() {
  const toasts = useStore((s) => s.toasts);
  return (
    <div className="no-print fixed right-4 bottom-4 z-50 flex flex-col gap-2" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useStore((s) => s.dismissToast);
  useEffect(() => {
    const id = window.setTimeout(() => dismiss(toast.id), 6000);
    return () => window.clearTimeout(id);
  }, [dismiss, toast.id]);
  return (
    <div
      className={`rounded border bg-[var(--bg)] px-3 py-2 text-sm shadow ${toast.tone === 'error' ? 'border-[var(--bad)]' : 'border-[var(--border)]'}`}
      data-tone={toast.tone}
      role={toast.tone === 'error' ? 'alert' : undefined}
    >
      {toast.message}
    </div>
  );
}

import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { serializeView, type ViewState } from '../../data/url';
import { useStore } from '../../state/store';
import { useContentView } from '../../state/hooks';

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> {
  /** What changes relative to the current view. */
  to: Partial<ViewState>;
  children: ReactNode;
  'data-fact-id'?: string;
  'data-relation-id'?: string;
}

/**
 * A real link (it opens in a new tab and can be copied) that navigates in place
 * on a plain click.
 */
export function ViewLink({ to, className, children, ...rest }: Props) {
  // As the content shows it: a filter click must not re-render every link on the page before it paints.
  const view = useContentView();
  const setView = useStore((s) => s.setView);
  const href = `${window.location.pathname}${serializeView({ ...view, ...to })}` || '?';
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    setView(to);
    window.scrollTo({ top: 0 });
  };
  return (
    <a href={href} className={className} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}

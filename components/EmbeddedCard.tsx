import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CardModel } from '../lib/dataset/card';
import { Card } from './Card';

interface Props {
  /** What the card shows. */
  card: CardModel;
  /** The card's stylesheet, which lives in the card's own shadow root as it does on a page. */
  css: string;
  /** Opens another item's card (a name the dataset does not know offers the closest ones). */
  onOpenItem: (id: string) => void;
}

/**
 * The page's card, drawn inside the popup: the same component and stylesheet, in a shadow root
 * of its own so that the popup's styles and the card's never mix.
 */
export function EmbeddedCard({ card, css, onOpenItem }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const host = hostRef.current!;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    container.className = 'host embedded';
    shadow.replaceChildren(style, container);
    rootRef.current = container;
    return () => render(null, container);
  }, [css]);
  useEffect(() => {
    if (rootRef.current)
      render(<Card card={card} page={{ position: 0, total: 0, step: () => undefined, openItem: onOpenItem }} />, rootRef.current);
  });
  return <div ref={hostRef} data-testid="popup-card" />;
}

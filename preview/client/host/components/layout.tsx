/** Layout components: boxes that only arrange their children. */
import type { CSSProperties, ReactNode } from 'react';
import { distance, flexPosition } from '../spacing';

interface Base {
  children?: ReactNode;
  testId?: string;
}

interface FlexProps extends Base {
  direction?: 'row' | 'column';
  gap?: string;
  justify?: string;
  align?: string;
  alignSelf?: string;
  wrap?: boolean | 'wrap' | 'nowrap';
}

export function Flex({
  children,
  testId,
  direction = 'row',
  gap,
  justify,
  align,
  alignSelf,
  wrap,
}: FlexProps) {
  const style: CSSProperties = {
    display: 'flex',
    flexDirection: direction,
    gap: distance(gap, 0),
    justifyContent: flexPosition(justify),
    alignItems: flexPosition(align),
    alignSelf: flexPosition(alignSelf),
    flexWrap: wrap === true || wrap === 'wrap' ? 'wrap' : 'nowrap',
    minWidth: 0,
  };
  return (
    <div className="hs-flex" style={style} data-testid={testId}>
      {children}
    </div>
  );
}

export function Inline({ children, testId, gap = 'small', justify, align = 'center' }: FlexProps) {
  return (
    <Flex testId={testId} direction="row" gap={gap} justify={justify} align={align} wrap>
      {children}
    </Flex>
  );
}

interface StackProps extends Base {
  distance?: string;
  direction?: 'row' | 'column';
  justify?: string;
  align?: string;
}

export function Stack({
  children,
  testId,
  distance: gap = 'small',
  direction = 'column',
  justify,
  align,
}: StackProps) {
  return (
    <Flex testId={testId} direction={direction} gap={gap} justify={justify} align={align}>
      {children}
    </Flex>
  );
}

export function Box({
  children,
  testId,
  flex,
  alignSelf,
}: Base & { flex?: number | string; alignSelf?: string }) {
  const style: CSSProperties = {
    flex: flex === undefined ? undefined : String(flex),
    alignSelf: flexPosition(alignSelf),
    minWidth: 0,
  };
  return (
    <div className="hs-box" style={style} data-testid={testId}>
      {children}
    </div>
  );
}

export function AutoGrid({
  children,
  testId,
  columnWidth = 200,
  gap = 'small',
}: Base & { columnWidth?: number; gap?: string }) {
  const style: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: `repeat(auto-fill, minmax(${columnWidth}px, 1fr))`,
    gap: distance(gap),
  };
  return (
    <div style={style} data-testid={testId}>
      {children}
    </div>
  );
}

export function Tile({
  children,
  testId,
  compact,
  flush,
}: Base & { compact?: boolean; flush?: boolean }) {
  const padding = flush ? 0 : compact ? 8 : 16;
  return (
    <div className="hs-tile" style={{ padding }} data-testid={testId}>
      {children}
    </div>
  );
}

export function Divider({ testId, distance: gap = 'small' }: Base & { distance?: string }) {
  const margin = distance(gap, 8);
  return (
    <hr
      className="hs-divider"
      style={{ marginTop: margin, marginBottom: margin }}
      data-testid={testId}
    />
  );
}

export function Spacer({ testId, size = 'small' }: Base & { size?: string }) {
  return <div style={{ height: distance(size, 8) }} data-testid={testId} />;
}

export function ButtonRow({ children, testId }: Base) {
  return (
    <div className="hs-button-row" data-testid={testId}>
      {children}
    </div>
  );
}

export function List({ children, testId, variant = 'unordered' }: Base & { variant?: string }) {
  const items = Array.isArray(children) ? children : [children];
  const rendered = items.map((child, index) => <li key={index}>{child}</li>);
  return variant.startsWith('ordered') ? (
    <ol className="hs-list" data-testid={testId}>
      {rendered}
    </ol>
  ) : (
    <ul
      className={
        variant.includes('styled') || variant === 'unordered' ? 'hs-list' : 'hs-list hs-list--plain'
      }
      data-testid={testId}
    >
      {rendered}
    </ul>
  );
}

/** A white box around its content, as HubSpot draws Card. */
export function Card({ children, testId }: Base) {
  return (
    <div className="hs-card" data-testid={testId}>
      {children}
    </div>
  );
}

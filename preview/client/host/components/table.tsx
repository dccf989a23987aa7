/** The Table family, with HubSpot's paginated footer. */
import type { ReactNode } from 'react';
import { callRemote } from '../events';

interface Base {
  children?: ReactNode;
  testId?: string;
}

interface TableProps extends Base {
  bordered?: boolean;
  flush?: boolean;
  density?: 'default' | 'condensed' | 'compact';
  paginated?: boolean;
  pageCount?: number;
  page?: number;
  showButtonLabels?: boolean;
  showFirstLastButtons?: boolean;
  maxVisiblePageButtons?: number;
  onPageChange?: (page: number) => unknown;
}

function visiblePages(page: number, pageCount: number, max: number): number[] {
  const half = Math.floor(max / 2);
  const first = Math.max(1, Math.min(page - half, pageCount - max + 1));
  const last = Math.min(pageCount, first + max - 1);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function Pagination({
  page,
  pageCount,
  showButtonLabels = true,
  showFirstLastButtons,
  maxVisiblePageButtons = 5,
  onPageChange,
}: Required<Pick<TableProps, 'page' | 'pageCount'>> & TableProps) {
  const go = (target: number) => {
    if (target >= 1 && target <= pageCount && target !== page) callRemote(onPageChange, target);
  };
  return (
    <nav className="hs-pagination" aria-label="Pagination">
      {showFirstLastButtons ? (
        <button
          type="button"
          className="hs-pagination__step"
          disabled={page <= 1}
          onClick={() => go(1)}
          aria-label="First page"
        >
          «
        </button>
      ) : null}
      <button
        type="button"
        className="hs-pagination__step"
        disabled={page <= 1}
        onClick={() => go(page - 1)}
        aria-label="Previous page"
      >
        ‹{showButtonLabels ? ' Prev' : ''}
      </button>
      {visiblePages(page, pageCount, maxVisiblePageButtons).map((number) => (
        <button
          key={number}
          type="button"
          className={
            number === page
              ? 'hs-pagination__page hs-pagination__page--current'
              : 'hs-pagination__page'
          }
          aria-current={number === page ? 'page' : undefined}
          onClick={() => go(number)}
        >
          {number}
        </button>
      ))}
      <button
        type="button"
        className="hs-pagination__step"
        disabled={page >= pageCount}
        onClick={() => go(page + 1)}
        aria-label="Next page"
      >
        {showButtonLabels ? 'Next ' : ''}›
      </button>
      {showFirstLastButtons ? (
        <button
          type="button"
          className="hs-pagination__step"
          disabled={page >= pageCount}
          onClick={() => go(pageCount)}
          aria-label="Last page"
        >
          »
        </button>
      ) : null}
    </nav>
  );
}

export function Table(props: TableProps) {
  const {
    children,
    testId,
    bordered = true,
    flush,
    density = 'default',
    paginated,
    pageCount = 1,
    page = 1,
  } = props;
  const classes = ['hs-table', bordered ? 'hs-table--bordered' : '', `hs-table--${density}`].join(
    ' ',
  );
  return (
    <div
      className="hs-table-wrap"
      style={flush ? { marginBottom: 0 } : undefined}
      data-testid={testId}
    >
      <table className={classes}>{children}</table>
      {paginated ? <Pagination {...props} page={page} pageCount={Math.max(1, pageCount)} /> : null}
    </div>
  );
}

export function TableHead({ children, testId }: Base) {
  return <thead data-testid={testId}>{children}</thead>;
}

export function TableBody({ children, testId }: Base) {
  return <tbody data-testid={testId}>{children}</tbody>;
}

export function TableFooter({ children, testId }: Base) {
  return <tfoot data-testid={testId}>{children}</tfoot>;
}

export function TableRow({ children, testId }: Base) {
  return <tr data-testid={testId}>{children}</tr>;
}

interface CellProps extends Base {
  align?: 'left' | 'center' | 'right';
  width?: 'min' | 'max' | 'auto' | number;
  colSpan?: number;
}

function widthStyle(width: CellProps['width']) {
  if (typeof width === 'number') return { width };
  if (width === 'min') return { width: '1%', whiteSpace: 'nowrap' as const };
  return {};
}

export function TableCell({ children, testId, align, width, colSpan }: CellProps) {
  return (
    <td data-testid={testId} colSpan={colSpan} style={{ textAlign: align, ...widthStyle(width) }}>
      {children}
    </td>
  );
}

const SORT_NEXT: Record<string, 'ascending' | 'descending'> = {
  none: 'ascending',
  ascending: 'descending',
  descending: 'ascending',
};

export function TableHeader({
  children,
  testId,
  align,
  width,
  sortDirection,
  onSortChange,
  disabled,
}: CellProps & {
  sortDirection?: 'ascending' | 'descending' | 'none' | 'never';
  onSortChange?: (value: string) => unknown;
  disabled?: boolean;
}) {
  const sortable = sortDirection !== undefined && sortDirection !== 'never';
  return (
    <th
      data-testid={testId}
      style={{ textAlign: align, ...widthStyle(width) }}
      aria-sort={sortable && sortDirection !== 'none' ? sortDirection : undefined}
    >
      {sortable ? (
        <button
          type="button"
          className="hs-table__sort"
          disabled={disabled}
          onClick={() => callRemote(onSortChange, SORT_NEXT[sortDirection] ?? 'ascending')}
        >
          {children}
          <span aria-hidden="true">
            {sortDirection === 'ascending' ? ' ▴' : sortDirection === 'descending' ? ' ▾' : ' ↕'}
          </span>
        </button>
      ) : (
        children
      )}
    </th>
  );
}

/**
 * "HubSpot is unavailable right now" / "HubSpot is busy, retrying", with which attempt
 * failed and a countdown to the next one, and "Try now". Shown instead of the list on the
 * first load, and above it when a later load runs into trouble.
 */
import { Alert, Button, Text } from '@hubspot/ui-extensions';
import { useEffect, useState } from 'react';
import type { RetryInfo } from '../state/ticketsListState';
import { strings } from '../strings';

/** Whole seconds left, ticking down to 0 and then stopping (no timer outlives the wait). */
function useCountdown(fromMs: number): number {
  const [left, setLeft] = useState(() => Math.ceil(fromMs / 1000));
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return left;
}

function Progress({ retry }: { retry: RetryInfo }) {
  const seconds = useCountdown(retry.delayMs);
  return (
    <Text variant="microcopy" testId="retry-progress">
      {seconds > 0 ? strings.retryIn(retry.attempt, seconds) : strings.retryingNow(retry.attempt)}
    </Text>
  );
}

interface Props {
  retry: RetryInfo;
  onRetryNow(): void;
}

export function RetryNotice({ retry, onRetryNow }: Props) {
  const busy = retry.error.code === 'RATE_LIMITED';
  return (
    <Alert
      title={busy ? strings.busyRetrying : strings.unavailableRetrying}
      variant="warning"
      testId={busy ? 'busy' : 'unavailable'}
    >
      {/* A new attempt restarts the countdown. */}
      <Progress key={retry.attempt} retry={retry} />
      <Button size="xs" variant="secondary" onClick={onRetryNow} testId="retry-now">
        {strings.tryNow}
      </Button>
    </Alert>
  );
}

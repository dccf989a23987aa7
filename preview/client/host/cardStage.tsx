/**
 * Swaps one card for the next (another record, other settings, a reload) without a blank
 * body: the new card's worker starts hidden and replaces the old card only once it has
 * drawn its first tree. Meanwhile the old card stays visible but inert and marked busy.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { CardFrame } from './cardFrame';

export type CardFrameProps = Omit<Parameters<typeof CardFrame>[0], 'onMounted'>;

interface Frame {
  key: string;
  props: CardFrameProps;
}

export function CardStage({ frameKey, ...props }: CardFrameProps & { frameKey: string }) {
  const [frames, setFrames] = useState<Frame[]>([{ key: frameKey, props }]);
  const [shownKey, setShownKey] = useState(frameKey);

  // A new key queues a new frame; the last of each key keeps the latest props.
  useEffect(() => {
    setFrames((list) => {
      const others = list.filter((frame) => frame.key !== frameKey);
      return [...others, { key: frameKey, props }];
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- props change with each render; the key says when a new frame is needed.
  }, [frameKey]);

  const mounted = useCallback((key: string) => {
    setShownKey(key);
    // Frames older than the one just shown are done; newer ones (a quick second switch) keep loading.
    setFrames((list) => {
      const index = list.findIndex((frame) => frame.key === key);
      return index < 0 ? list : list.slice(index);
    });
  }, []);

  const pending = shownKey !== frameKey;
  return (
    <div className="card-stage" aria-busy={pending || undefined} data-testid="card-stage">
      {frames.map((frame): ReactElement => {
        const isShown = frame.key === shownKey;
        const current = frame.key === frameKey ? { ...frame.props, ...props } : frame.props;
        return (
          <div
            key={frame.key}
            className={
              isShown && pending
                ? 'card-stage__frame card-stage__frame--stale'
                : 'card-stage__frame'
            }
            hidden={!isShown}
            {...(isShown && pending ? { inert: '' } : {})}
          >
            <CardFrame {...current} onMounted={() => mounted(frame.key)} />
          </div>
        );
      })}
    </div>
  );
}
